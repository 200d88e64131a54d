using CoopGraph.Analytics.Needs;
using CoopGraph.Domain;

namespace CoopGraph.Analytics.WhatIf;

/// <summary>A hypothetical capacity: <paramref name="Office"/> would offer <paramref name="Subject"/>.</summary>
/// <param name="Office">Office code.</param>
/// <param name="Subject">Subject id.</param>
public sealed record HypotheticalOffer(string Office, string Subject);

/// <summary>A change to the network: offices taken out (with their requests and offers) and offers added.</summary>
/// <param name="RemoveOffices">Office codes to remove.</param>
/// <param name="AddOffers">Offers to add (the offices must remain in the network).</param>
public sealed record WhatIfScenario(IReadOnlyCollection<string> RemoveOffices, IReadOnlyCollection<HypotheticalOffer> AddOffers)
{
    /// <summary>A scenario that only removes offices.</summary>
    public static WhatIfScenario Removing(params string[] offices) => new(offices, []);
}

/// <summary>A subject whose need status changes.</summary>
/// <param name="Subject">Subject id.</param>
/// <param name="Before">Status in the base network.</param>
/// <param name="After">Status in the scenario.</param>
public sealed record StatusChange(string Subject, NeedStatus Before, NeedStatus After);

/// <summary>An office whose set of supporters changes.</summary>
/// <param name="Office">Office code.</param>
/// <param name="Lost">Supporters it no longer has, sorted.</param>
/// <param name="Gained">Supporters it gains, sorted.</param>
public sealed record SupporterChange(string Office, IReadOnlyList<string> Lost, IReadOnlyList<string> Gained);

/// <summary>Scenario minus base centrality of an office present in both.</summary>
/// <param name="Office">Office code.</param>
/// <param name="InDegree">Change of in-degree.</param>
/// <param name="OutDegree">Change of out-degree.</param>
/// <param name="Betweenness">Change of betweenness.</param>
/// <param name="Closeness">Change of closeness.</param>
/// <param name="Harmonic">Change of harmonic centrality.</param>
/// <param name="PageRank">Change of PageRank.</param>
public sealed record CentralityDelta(string Office, int InDegree, int OutDegree, double Betweenness, double Closeness, double Harmonic, double PageRank);

/// <summary>What a scenario changes.</summary>
/// <param name="BaseVersion">Dataset version of the base network.</param>
/// <param name="ScenarioVersion">Dataset version of the changed network.</param>
/// <param name="RemovedOffices">Offices removed, sorted.</param>
/// <param name="AddedOffers">Offers added.</param>
/// <param name="StatusChanges">Subjects whose status changes, in dataset order.</param>
/// <param name="SupporterChanges">Remaining offices whose supporters change, in code order.</param>
/// <param name="CentralityDeltas">Every remaining office, in code order.</param>
/// <param name="LostEdges">Base support edges absent from the scenario (or with fewer subjects: the base edge).</param>
/// <param name="GainedEdges">Scenario support edges absent from the base (or with more subjects: the scenario edge).</param>
/// <param name="Evidence">Algorithm, parameters and both versions.</param>
public sealed record WhatIfResult(
    string BaseVersion,
    string ScenarioVersion,
    IReadOnlyList<string> RemovedOffices,
    IReadOnlyList<HypotheticalOffer> AddedOffers,
    IReadOnlyList<StatusChange> StatusChanges,
    IReadOnlyList<SupporterChange> SupporterChanges,
    IReadOnlyList<CentralityDelta> CentralityDeltas,
    IReadOnlyList<SupportEdge> LostEdges,
    IReadOnlyList<SupportEdge> GainedEdges,
    Evidence Evidence);
