using CoopGraph.Domain;

namespace CoopGraph.Analytics.Paths;

/// <summary>What paths to look for between two offices.</summary>
/// <param name="K">How many shortest loopless paths (Yen), 1 to <see cref="MaxK"/>.</param>
/// <param name="Subjects">Only support through these subject ids (null or empty: all subjects).</param>
/// <param name="Area">Only support through subjects of this area id (null: all areas).</param>
/// <param name="Weighted">Edge length 1/w (w = subjects on the edge after filtering), preferring strong ties; otherwise hops.</param>
public sealed record PathOptions(int K = 1, IReadOnlyCollection<string>? Subjects = null, string? Area = null, bool Weighted = false)
{
    /// <summary>
    /// The most paths one question may ask for (GraphQL <c>paths(k)</c>, CLI <c>path --k</c>): Yen's search runs a
    /// shortest-path search from every node of every path it finds, so on Lima k = 10 000 took 15 s and k = 1 000 000
    /// did not finish in 120 s.
    /// </summary>
    public const int MaxK = 20;
}

/// <summary>One subject that justifies a hop: the request of the receiving office and the offer of the helping office.</summary>
/// <param name="Subject">Subject id.</param>
/// <param name="Request">The receiving office's request (with its provenance).</param>
/// <param name="Offer">The helping office's offer (with its provenance).</param>
public sealed record HopSubject(string Subject, Request Request, Offer Offer);

/// <summary>One hop of a path: <paramref name="From"/> can help <paramref name="To"/> on the listed subjects.</summary>
/// <param name="From">Helping office code.</param>
/// <param name="To">Helped office code.</param>
/// <param name="Subjects">The subjects (after filtering) with their request and offer.</param>
public sealed record PathHop(string From, string To, IReadOnlyList<HopSubject> Subjects);

/// <summary>A chain of support from one office to another.</summary>
/// <param name="Offices">Office codes along the path, first to last.</param>
/// <param name="Hops">The hops with their evidence.</param>
/// <param name="Cost">Hop count, or Σ 1/w when weighted.</param>
public sealed record SupportPath(IReadOnlyList<string> Offices, IReadOnlyList<PathHop> Hops, double Cost);

/// <summary>Paths between two offices, or why there is none.</summary>
/// <param name="From">Start office code.</param>
/// <param name="To">End office code.</param>
/// <param name="Paths">Up to K shortest loopless paths, shortest first.</param>
/// <param name="NoPathReason">Why no path exists (null when there is one).</param>
/// <param name="Evidence">Algorithm, parameters and the support edges the paths use.</param>
public sealed record PathsResult(string From, string To, IReadOnlyList<SupportPath> Paths, string? NoPathReason, Evidence Evidence);

/// <summary>One partner of an office and the subjects each way.</summary>
/// <param name="Partner">Partner office code.</param>
/// <param name="OfficeHelpsPartner">Subjects the office offers and the partner requests.</param>
/// <param name="PartnerHelpsOffice">Subjects the partner offers and the office requests.</param>
public sealed record BilateralPartner(string Partner, IReadOnlyList<string> OfficeHelpsPartner, IReadOnlyList<string> PartnerHelpsOffice)
{
    /// <summary>Whether help flows both ways.</summary>
    public bool Reciprocal => OfficeHelpsPartner.Count > 0 && PartnerHelpsOffice.Count > 0;
}

/// <summary>An office's bilateral opportunities.</summary>
/// <param name="Office">Office code.</param>
/// <param name="Partners">Every office linked to it either way, in code order.</param>
/// <param name="Evidence">Definitions (computed on the bipartite graph).</param>
public sealed record BilateralResult(string Office, IReadOnlyList<BilateralPartner> Partners, Evidence Evidence);

/// <summary>Two offices that can each help the other.</summary>
/// <param name="A">The office whose code sorts first.</param>
/// <param name="B">The other office.</param>
/// <param name="AHelpsB">Subjects A offers and B requests.</param>
/// <param name="BHelpsA">Subjects B offers and A requests.</param>
public sealed record ReciprocalPair(string A, string B, IReadOnlyList<string> AHelpsB, IReadOnlyList<string> BHelpsA);

/// <summary>Every reciprocal pair of the network.</summary>
/// <param name="Pairs">Pairs sorted by (A, B).</param>
/// <param name="Evidence">The support edges both ways.</param>
public sealed record ReciprocalPairsResult(IReadOnlyList<ReciprocalPair> Pairs, Evidence Evidence);
