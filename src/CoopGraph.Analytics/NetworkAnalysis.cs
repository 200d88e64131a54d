using CoopGraph.Analytics.Centrality;
using CoopGraph.Analytics.Isolation;
using CoopGraph.Analytics.Matching;
using CoopGraph.Analytics.Needs;
using CoopGraph.Analytics.Paths;
using CoopGraph.Analytics.Reporting;
using CoopGraph.Analytics.WhatIf;
using CoopGraph.Domain;

namespace CoopGraph.Analytics;

/// <summary>
/// The questions planners ask of a network, answered on one <see cref="NetworkSnapshot"/>. Whole-network results are
/// cached in the snapshot, so many calls (or many GraphQL queries) on one dataset version compute each at most once.
/// Offices may be named by code, English name or alias; unknown names are <see cref="ArgumentException"/>s naming them.
/// </summary>
/// <param name="snapshot">The network to analyse.</param>
public sealed class NetworkAnalysis(NetworkSnapshot snapshot)
{
    /// <summary>The default match-plan capacity: the survey asked each office for three capacities.</summary>
    public const int DefaultCapacity = 3;

    /// <summary>The snapshot analysed.</summary>
    public NetworkSnapshot Snapshot { get; } = snapshot ?? throw new ArgumentNullException(nameof(snapshot));

    /// <summary>Analysis of a fresh snapshot of <paramref name="dataset"/>.</summary>
    public static NetworkAnalysis Of(Dataset dataset) => new(NetworkSnapshot.Build(dataset));

    /// <summary>Degree, strength, betweenness, closeness, harmonic, PageRank and HITS of every office on the support graph.</summary>
    public CentralityResult Centrality(CentralityOptions? options = null) =>
        Snapshot.Centrality(options ?? new());

    /// <summary>
    /// PageRank alone: it never waits for betweenness or the projection (PageRank runs through the subjects), so a
    /// PageRank-only question is answered in milliseconds at any size. Same values as <see cref="Centrality"/>'s.
    /// </summary>
    public OfficeScores PageRank()
    {
        var scores = Snapshot.PageRank.Value;
        return new OfficeScores(
            [.. Snapshot.OfficeCodes.Select((code, v) => (code, scores.Ranks[v]))],
            Snapshot.EvidenceOf("PageRank (power iteration through the subjects)", [], CentralityCalculator.PageRankParameters(scores)));
    }

    /// <summary>
    /// One centrality measure of every office, computing only what it needs (PageRank, degrees and HITS never wait for
    /// betweenness or closeness). Same values as <see cref="Centrality"/>'s.
    /// </summary>
    public OfficeScores Scores(CentralityMeasure measure, CentralityOptions? options = null)
    {
        options ??= new();
        return CentralityCalculator.Measure(Snapshot, measure, options.WeightedBetweenness, options.ExactBetweenness);
    }

    /// <summary>Per subject UNMET / FRAGILE / COVERED, per area and per office; cross-cutting subjects apart.</summary>
    public UnmetNeedsResult UnmetNeeds() => Snapshot.Needs.Value;

    /// <summary>Supporters, flags, components, articulation points, bridges and isolation score.</summary>
    public IsolationResult Isolation() => Snapshot.Isolation.Value;

    /// <summary>The K shortest chains of support from <paramref name="from"/> to <paramref name="to"/>, with hop evidence.</summary>
    public PathsResult Paths(string from, string to, PathOptions? options = null)
    {
        options ??= new();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.K, 1, nameof(options));
        return PathFinder.Find(Snapshot, Office(from, nameof(from)), Office(to, nameof(to)), options);
    }

    /// <summary>Every partner of <paramref name="office"/> with the subjects each way.</summary>
    public BilateralResult Bilateral(string office) => BilateralAnalyzer.Bilateral(Snapshot, Office(office, nameof(office)));

    /// <summary>Every pair of offices that can each help the other.</summary>
    public ReciprocalPairsResult ReciprocalPairs() => Snapshot.Reciprocal.Value;

    /// <summary>A plan covering the most requests when each provider serves at most <paramref name="capacity"/> requests.</summary>
    public MatchPlanResult MatchPlan(int capacity = DefaultCapacity, CapacityMode mode = CapacityMode.Total) =>
        MatchPlanner.Plan(Snapshot, capacity, mode);

    /// <summary>The analysis of the network changed by <paramref name="scenario"/>.</summary>
    public NetworkAnalysis Apply(WhatIfScenario scenario) =>
        Of(WhatIfAnalyzer.Apply(Snapshot.Dataset, Resolve(scenario)));

    /// <summary>What removing offices and adding offers changes: statuses, supporters, centrality.</summary>
    public WhatIfResult WhatIf(WhatIfScenario scenario) => WhatIfAndApply(scenario).Result;

    /// <summary>
    /// What <paramref name="scenario"/> changes and the analysis of the changed network, built once for both (the
    /// comparison's results stay cached in it for whoever reads the changed network next).
    /// </summary>
    internal (WhatIfResult Result, NetworkAnalysis Changed) WhatIfAndApply(WhatIfScenario scenario)
    {
        var resolved = Resolve(scenario);
        var changed = Of(WhatIfAnalyzer.Apply(Snapshot.Dataset, resolved));
        return (WhatIfAnalyzer.Compare(Snapshot, changed.Snapshot, resolved), changed);
    }

    /// <summary>What removing <paramref name="removeOffices"/> and adding <paramref name="addOffers"/> changes.</summary>
    public WhatIfResult WhatIf(IReadOnlyCollection<string> removeOffices, IReadOnlyCollection<HypotheticalOffer> addOffers) =>
        WhatIf(new WhatIfScenario(removeOffices, addOffers));

    /// <summary>Everything at once, as printed by <c>coopgraph analyze</c> (docs/analytics.md).</summary>
    public AnalysisReport Report(ReportOptions? options = null) => AnalysisReportBuilder.Build(this, options ?? new());

    private int Office(string name, string role)
    {
        ArgumentNullException.ThrowIfNull(name, role);
        var code = Snapshot.Names.Office(name)?.Code;
        return code is null ? throw new ArgumentException($"{role}: unknown office '{name}'", role) : Snapshot.IndexOfOffice(code);
    }

    private WhatIfScenario Resolve(WhatIfScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return new WhatIfScenario(
            [.. scenario.RemoveOffices.Select(c => Snapshot.Names.Office(c)?.Code ?? c)],
            [.. scenario.AddOffers.Select(o => o with { Office = Snapshot.Names.Office(o.Office)?.Code ?? o.Office })]);
    }
}
