using System.Text.Json.Serialization;
using CoopGraph.Analytics.Isolation;
using CoopGraph.Analytics.Matching;
using CoopGraph.Analytics.Needs;
using CoopGraph.Analytics.Paths;
using CoopGraph.Analytics.WhatIf;
using CoopGraph.Domain;

namespace CoopGraph.Analytics.Reporting;

/// <summary>Options of the full report.</summary>
/// <param name="RemoveOffices">Offices to remove first: the report describes the changed network and adds a what-if section.</param>
/// <param name="Capacity">Match-plan capacity c.</param>
/// <param name="Mode">Match-plan capacity mode.</param>
/// <param name="WeightedBetweenness">Betweenness on edge length 1/w.</param>
/// <param name="Evidence">Summarise the support graph (default) or list every edge with its subjects.</param>
/// <param name="ReciprocalPairLimit">
/// List at most this many reciprocal pairs, the strongest (count always exact); null lists every pair. At L there are
/// 8.6M pairs (1.7 GB of JSON).
/// </param>
public sealed record ReportOptions(
    IReadOnlyCollection<string>? RemoveOffices = null,
    int Capacity = NetworkAnalysis.DefaultCapacity,
    CapacityMode Mode = CapacityMode.Total,
    bool WeightedBetweenness = false,
    EvidenceDetail Evidence = EvidenceDetail.Summary,
    int? ReciprocalPairLimit = ReportOptions.DefaultReciprocalPairLimit)
{
    /// <summary>Reciprocal pairs listed by default: every pair of a network of about 60 offices, or of Lima.</summary>
    public const int DefaultReciprocalPairLimit = 1000;

    /// <summary>
    /// With summary evidence, an office's supporters and the offices it supports are listed up to this many each (the
    /// counts are always exact): every one at Lima, about 4,700 each at L (23.6M codes, most of the 852 MB report).
    /// </summary>
    public const int SummaryNeighbourLimit = 100;
}

/// <summary>A list of the report cut to its strongest entries (present only when it was cut).</summary>
/// <param name="Count">How many entries there are (exact).</param>
/// <param name="Listed">How many the report lists.</param>
/// <param name="Order">Which ones are listed, in what order.</param>
public sealed record ListCut(long Count, int Listed, string Order);

/// <summary>How much of the support graph the report's evidence carries.</summary>
public enum EvidenceDetail
{
    /// <summary>
    /// Counts only: the edges follow from the dataset version and the definition (docs/analytics.md); an office's
    /// supporters and supported offices are listed up to <see cref="ReportOptions.SummaryNeighbourLimit"/> each.
    /// </summary>
    Summary,

    /// <summary>Every support edge with its subject ids, and every office's supporters (at a million requests and offers, gigabytes).</summary>
    Full,
}

/// <summary>One office in the report: centrality, isolation and its unmet and fragile requests.</summary>
/// <param name="Code">Office code.</param>
/// <param name="Name">Country name.</param>
/// <param name="InDegree">Offices that can help it.</param>
/// <param name="OutDegree">Offices it can help.</param>
/// <param name="InStrength">Weighted in-degree.</param>
/// <param name="OutStrength">Weighted out-degree.</param>
/// <param name="Betweenness">Betweenness (normalized).</param>
/// <param name="Closeness">Closeness (incoming, Wasserman–Faust).</param>
/// <param name="Harmonic">Harmonic centrality (incoming).</param>
/// <param name="PageRank">PageRank.</param>
/// <param name="Hub">HITS hub score.</param>
/// <param name="Authority">HITS authority score.</param>
/// <param name="Isolation">Isolation details and score.</param>
/// <param name="UnmetRequests">Its requests no other office offers.</param>
/// <param name="FragileRequests">Its requests exactly one other office offers.</param>
/// <param name="SupportersCut">How many supporters it has and which <c>isolation.supporters</c> lists, when not all (absent otherwise).</param>
/// <param name="SupportedCut">How many offices it supports and which <c>isolation.supported</c> lists, when not all (absent otherwise).</param>
public sealed record OfficeReport(
    string Code,
    string Name,
    int InDegree,
    int OutDegree,
    int InStrength,
    int OutStrength,
    double Betweenness,
    double Closeness,
    double Harmonic,
    double PageRank,
    double Hub,
    double Authority,
    OfficeIsolation Isolation,
    IReadOnlyList<string> UnmetRequests,
    IReadOnlyList<string> FragileRequests,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ListCut? SupportersCut = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ListCut? SupportedCut = null);

/// <summary>The algorithm and parameters behind one report section.</summary>
/// <param name="Algorithm">Algorithm description.</param>
/// <param name="Parameters">Parameters by name.</param>
public sealed record SectionEvidence(string Algorithm, IReadOnlyDictionary<string, string> Parameters);

/// <summary>The support graph every score rests on, by its size; its edges follow from the dataset version.</summary>
/// <param name="Detail">Whether the report also lists every edge.</param>
/// <param name="Offices">Vertices (every office, edges or not).</param>
/// <param name="Edges">Support edges A → B.</param>
/// <param name="SubjectLinks">Sum of the edge weights: the subject ids a full listing would repeat.</param>
public sealed record SupportGraphSummary(EvidenceDetail Detail, int Offices, int Edges, long SubjectLinks);

/// <summary>The evidence of the whole report: the dataset version, each section's method and the support graph.</summary>
/// <param name="DatasetVersion">Content hash of the analysed dataset.</param>
/// <param name="Sections">Method of each section, by section name.</param>
/// <param name="SupportGraph">Size of the support graph every score rests on.</param>
/// <param name="SupportEdges">Every support edge with its subjects, only with <see cref="EvidenceDetail.Full"/>.</param>
public sealed record ReportEvidence(
    string DatasetVersion,
    IReadOnlyDictionary<string, SectionEvidence> Sections,
    SupportGraphSummary SupportGraph,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SupportEdge>? SupportEdges);

/// <summary>The full analysis (the JSON contract of <c>coopgraph analyze</c>, docs/analytics.md).</summary>
/// <param name="Dataset">Dataset name.</param>
/// <param name="DatasetVersion">Dataset version analysed (after removals, if any).</param>
/// <param name="Scenario">What was changed before the analysis (<c>without BRA (Brazil)</c>), null for the dataset as it is.</param>
/// <param name="Offices">Every office, in code order.</param>
/// <param name="Subjects">Every subject, in dataset order (cross-cutting ones flagged).</param>
/// <param name="Areas">Per-area roll-up of needs.</param>
/// <param name="CoverageRatio">Share of (non-cross-cutting) requests some other office offers.</param>
/// <param name="Components">Weakly connected components.</param>
/// <param name="ArticulationPoints">Articulation points of the collaboration graph.</param>
/// <param name="Bridges">Bridges of the collaboration graph.</param>
/// <param name="ReciprocalPairs">Pairs that can help each other: all of them in (A, B) order, or the strongest when <paramref name="ReciprocalPairsCut"/> says the list was cut.</param>
/// <param name="ReciprocalPairsCut">How many pairs there are and which are listed, when not all are (absent otherwise).</param>
/// <param name="MatchPlan">The match plan.</param>
/// <param name="WhatIf">The effect of the removals (null without removals).</param>
/// <param name="Evidence">Version, methods and support edges.</param>
public sealed record AnalysisReport(
    string Dataset,
    string DatasetVersion,
    string? Scenario,
    IReadOnlyList<OfficeReport> Offices,
    IReadOnlyList<SubjectNeed> Subjects,
    IReadOnlyList<AreaNeeds> Areas,
    double CoverageRatio,
    IReadOnlyList<IReadOnlyList<string>> Components,
    IReadOnlyList<string> ArticulationPoints,
    IReadOnlyList<CollaborationBridge> Bridges,
    IReadOnlyList<ReciprocalPair> ReciprocalPairs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ListCut? ReciprocalPairsCut,
    MatchPlanResult MatchPlan,
    WhatIfResult? WhatIf,
    ReportEvidence Evidence)
{
    /// <summary>Subject names by id, for readers (the JSON names subjects by id only).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> SubjectNames { get; init; } = new Dictionary<string, string>();

    /// <summary>Area names by id, for readers.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> AreaNames { get; init; } = new Dictionary<string, string>();

    /// <summary>Office names by code, for readers.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> OfficeNames { get; init; } = new Dictionary<string, string>();

    /// <summary>Per subject id, its requests that are not COVERED with the reason in words (for readers; the API's <c>SubjectNeed.exposed</c>).</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, IReadOnlyList<RequestStanding>> Exposed { get; init; } = new Dictionary<string, IReadOnlyList<RequestStanding>>();

    /// <summary>Every office's standing with reasons in words, weakest first (for readers; the API's <c>officeStandings</c>).</summary>
    [JsonIgnore]
    public IReadOnlyList<OfficeStanding> Standings { get; init; } = [];
}
