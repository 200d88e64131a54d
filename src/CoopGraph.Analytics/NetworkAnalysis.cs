using System.Collections.Concurrent;
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
/// kept here, each computed at most once, on first use, thread-safely: many calls (or many GraphQL queries) on one
/// instance compute each once, so keep one instance per dataset version. One lazy result per metric, so a question
/// about one metric never waits for another (betweenness is the slow one).
/// Offices may be named by code, English name or alias; unknown names are <see cref="ArgumentException"/>s naming them.
/// </summary>
public sealed class NetworkAnalysis
{
    /// <summary>The default match-plan capacity: the survey asked each office for three capacities.</summary>
    public const int DefaultCapacity = 3;

    private readonly Lazy<Degrees> _degrees;
    private readonly Lazy<PageRankScores> _pageRank;
    private readonly Lazy<HitsScores> _hits;
    private readonly Lazy<(double[] Closeness, double[] Harmonic)> _closenessHarmonic;
    private readonly Lazy<UnmetNeedsResult> _needs;
    private readonly Lazy<IsolationResult> _isolation;
    private readonly Lazy<ReciprocalPairsResult> _reciprocal;
    private readonly Lazy<OfficeStandingsResult> _standings;
    private readonly ConcurrentDictionary<(bool Weighted, bool Exact), Lazy<CentralityResult>> _centrality = new();
    private readonly ConcurrentDictionary<(bool Weighted, bool Exact), Lazy<BetweennessScores>> _betweenness = new();

    /// <summary>An analysis of <paramref name="snapshot"/>; cheap: results are computed when first asked for.</summary>
    /// <param name="snapshot">The network to analyse.</param>
    public NetworkAnalysis(NetworkSnapshot snapshot)
    {
        Snapshot = snapshot ?? throw new ArgumentNullException(nameof(snapshot));
        _degrees = new(() => Analytics.Centrality.Degrees.Compute(snapshot));
        _pageRank = new(() => LinkAnalysis.PageRank(snapshot));
        _hits = new(() => LinkAnalysis.Hits(snapshot));
        _closenessHarmonic = new(() => Distances.ClosenessAndHarmonic(snapshot));
        _needs = new(() => NeedsAnalyzer.Compute(snapshot));
        _isolation = new(() => IsolationAnalyzer.Compute(snapshot, Degrees, UnmetNeeds()));
        _reciprocal = new(() => BilateralAnalyzer.ReciprocalPairs(snapshot));
        _standings = new(() => OfficeStandings.Compute(this));
    }

    /// <summary>The snapshot analysed.</summary>
    public NetworkSnapshot Snapshot { get; }

    /// <summary>In- and out-degree and strength of every office (counted on the bipartite graph).</summary>
    internal Degrees Degrees => _degrees.Value;

    /// <summary>Whether any betweenness has been computed (or is being computed) on this analysis.</summary>
    internal bool BetweennessStarted => !_betweenness.IsEmpty;

    /// <summary>Whether the needs report has been computed (a what-if leaves it in the changed network's analysis).</summary>
    internal bool NeedsComputed => _needs.IsValueCreated;

    /// <summary>Whether isolation has been computed.</summary>
    internal bool IsolationComputed => _isolation.IsValueCreated;

    /// <summary>Analysis of a fresh snapshot of <paramref name="dataset"/>.</summary>
    public static NetworkAnalysis Of(Dataset dataset) => new(NetworkSnapshot.Build(dataset));

    /// <summary>Degree, strength, betweenness, closeness, harmonic, PageRank and HITS of every office on the support graph.</summary>
    public CentralityResult Centrality(CentralityOptions? options = null)
    {
        options ??= new();
        return _centrality.GetOrAdd((options.WeightedBetweenness, options.ExactBetweenness), key => new(() =>
        {
            // Betweenness first: when it refuses (weighted at a size only sampling can answer), nothing else was spent.
            var betweenness = Betweenness(key.Weighted, key.Exact);
            var (closeness, harmonic) = _closenessHarmonic.Value;
            return CentralityCalculator.Compute(Snapshot, Degrees, betweenness, closeness, harmonic, _pageRank.Value, _hits.Value, key.Weighted);
        })).Value;
    }

    /// <summary>
    /// PageRank alone: it never waits for betweenness or the projection (PageRank runs through the subjects), so a
    /// PageRank-only question is answered in milliseconds at any size. Same values as <see cref="Centrality"/>'s.
    /// </summary>
    public OfficeScores PageRank()
    {
        var scores = _pageRank.Value;
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
        return measure switch
        {
            CentralityMeasure.InDegree or CentralityMeasure.OutDegree or CentralityMeasure.InStrength or CentralityMeasure.OutStrength =>
                CentralityCalculator.Degree(Snapshot, measure, Degrees),
            CentralityMeasure.Betweenness =>
                CentralityCalculator.Betweenness(Snapshot, Betweenness(options.WeightedBetweenness, options.ExactBetweenness), options.WeightedBetweenness),
            CentralityMeasure.Closeness or CentralityMeasure.Harmonic =>
                CentralityCalculator.Distance(Snapshot, measure, _closenessHarmonic.Value),
            CentralityMeasure.PageRank => CentralityCalculator.PageRank(Snapshot, _pageRank.Value),
            CentralityMeasure.Hub or CentralityMeasure.Authority => CentralityCalculator.Hits(Snapshot, measure, _hits.Value),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "unknown centrality measure"),
        };
    }

    /// <summary>Per subject UNMET / FRAGILE / COVERED, per area and per office; cross-cutting subjects apart.</summary>
    public UnmetNeedsResult UnmetNeeds() => _needs.Value;

    /// <summary>Supporters, flags, components, articulation points, bridges and isolation score.</summary>
    public IsolationResult Isolation() => _isolation.Value;

    /// <summary>Every office's standing with its reasons in words, weakest first (from isolation and needs).</summary>
    public OfficeStandingsResult Standings() => _standings.Value;

    /// <summary>The K shortest chains of support from <paramref name="from"/> to <paramref name="to"/>, with hop evidence.</summary>
    public PathsResult Paths(string from, string to, PathOptions? options = null)
    {
        options ??= new();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.K, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.K, PathOptions.MaxK, nameof(options));
        return PathFinder.Find(Snapshot, Office(from, nameof(from)), Office(to, nameof(to)), options);
    }

    /// <summary>Every partner of <paramref name="office"/> with the subjects each way.</summary>
    public BilateralResult Bilateral(string office) => BilateralAnalyzer.Bilateral(Snapshot, Office(office, nameof(office)));

    /// <summary>Every pair of offices that can each help the other.</summary>
    public ReciprocalPairsResult ReciprocalPairs() => _reciprocal.Value;

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
        return (WhatIfAnalyzer.Compare(this, changed, resolved), changed);
    }

    /// <summary>What removing <paramref name="removeOffices"/> and adding <paramref name="addOffers"/> changes.</summary>
    public WhatIfResult WhatIf(IReadOnlyCollection<string> removeOffices, IReadOnlyCollection<HypotheticalOffer> addOffers) =>
        WhatIf(new WhatIfScenario(removeOffices, addOffers));

    /// <summary>Everything at once, as printed by <c>coopgraph analyze</c> (docs/analytics.md).</summary>
    public AnalysisReport Report(ReportOptions? options = null) => AnalysisReportBuilder.Build(this, options ?? new());

    /// <summary>Betweenness of every office, exact or estimated, computed once per (weighted, exact).</summary>
    internal BetweennessScores Betweenness(bool weighted, bool exact) =>
        _betweenness.GetOrAdd((weighted, exact), key => new(() => BetweennessScores.Compute(Snapshot, Degrees, key.Weighted, key.Exact))).Value;

    /// <summary>PageRank of every office (through the subjects), with its iteration record.</summary>
    internal PageRankScores PageRankScores => _pageRank.Value;

    /// <summary>HITS hubs and authorities of every office, with its iteration record.</summary>
    internal HitsScores HitsScores => _hits.Value;

    /// <summary>Closeness and harmonic centrality of every office (one bipartite BFS per office for both).</summary>
    internal (double[] Closeness, double[] Harmonic) ClosenessHarmonic => _closenessHarmonic.Value;

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
