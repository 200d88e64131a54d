namespace CoopGraph.Analytics.Centrality;

/// <summary>
/// Assembles centralities of the support graph into results with their evidence, from per-metric results computed (and
/// kept) by <see cref="NetworkAnalysis"/>.
/// </summary>
internal static class CentralityCalculator
{
    private static readonly (string, object) Graph = ("graph", "support (directed office->office, weight = shared subjects)");

    public static CentralityResult Compute(
        NetworkSnapshot snapshot, Degrees degrees, BetweennessScores betweenness, double[] closeness, double[] harmonic,
        PageRankScores pageRank, HitsScores hits, bool weightedBetweenness)
    {
        var n = snapshot.OfficeCount;
        var offices = new OfficeCentrality[n];
        for (var v = 0; v < n; v++)
        {
            offices[v] = new OfficeCentrality(
                snapshot.OfficeCodes[v], degrees.In[v], degrees.Out[v], checked((int)degrees.InStrength[v]), checked((int)degrees.OutStrength[v]),
                betweenness.Values[v], closeness[v], harmonic[v], pageRank.Ranks[v], hits.Hubs[v], hits.Authorities[v]);
        }

        (string, object)[] parameters =
        [
            Graph,
            ("betweenness.normalized", true),
            ("betweenness.distance", weightedBetweenness ? "1/w" : "hops"),
            .. betweenness.Parameters,
            .. PageRankParameters(pageRank),
            ("hits.tolerance", LinkAnalysis.HitsTolerance),
            ("hits.iterations", hits.Iterations),
            ("hits.converged", hits.Converged),
        ];
        var evidence = snapshot.EvidenceOf(
            "degree/strength; Brandes betweenness; closeness (incoming distance, Wasserman-Faust); harmonic; PageRank (power iteration); HITS (power iteration)",
            snapshot.DeferredSupportEdges,
            parameters);
        return new CentralityResult(offices, weightedBetweenness, evidence);
    }

    // One measure of every office from the one result it needs: a PageRank, degree or HITS question never waits for
    // betweenness or closeness. The values equal Compute's.
    public static OfficeScores Degree(NetworkSnapshot s, CentralityMeasure measure, Degrees degrees) => measure switch
    {
        CentralityMeasure.InDegree => Scores(s, "in-degree (counted on the bipartite graph)", [.. degrees.In.Select(d => (double)d)], [Graph]),
        CentralityMeasure.OutDegree => Scores(s, "out-degree (counted on the bipartite graph)", [.. degrees.Out.Select(d => (double)d)], [Graph]),
        CentralityMeasure.InStrength => Scores(s, "in-strength (summed on the bipartite graph)", [.. degrees.InStrength.Select(d => (double)d)], [Graph]),
        CentralityMeasure.OutStrength => Scores(s, "out-strength (summed on the bipartite graph)", [.. degrees.OutStrength.Select(d => (double)d)], [Graph]),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "not a degree measure"),
    };

    public static OfficeScores Betweenness(NetworkSnapshot s, BetweennessScores b, bool weighted) =>
        Scores(s, "Brandes betweenness (directed, normalized)", b.Values,
            [Graph, ("betweenness.normalized", true), ("betweenness.distance", weighted ? "1/w" : "hops"), .. b.Parameters]);

    public static OfficeScores Distance(NetworkSnapshot s, CentralityMeasure measure, (double[] Closeness, double[] Harmonic) distances) => measure switch
    {
        CentralityMeasure.Closeness => Scores(s, "closeness (incoming distance, Wasserman-Faust)", distances.Closeness, [Graph]),
        CentralityMeasure.Harmonic => Scores(s, "harmonic (incoming distance)", distances.Harmonic, [Graph]),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "not a distance measure"),
    };

    public static OfficeScores PageRank(NetworkSnapshot s, PageRankScores pageRank) =>
        Scores(s, "PageRank (power iteration through the subjects)", pageRank.Ranks, [Graph, .. PageRankParameters(pageRank)]);

    public static OfficeScores Hits(NetworkSnapshot s, CentralityMeasure measure, HitsScores hits) => measure switch
    {
        CentralityMeasure.Hub => Scores(s, "HITS hub (power iteration through the subjects)", hits.Hubs, [Graph, .. HitsParameters(hits)]),
        CentralityMeasure.Authority => Scores(s, "HITS authority (power iteration through the subjects)", hits.Authorities, [Graph, .. HitsParameters(hits)]),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "not a HITS measure"),
    };

    private static OfficeScores Scores(NetworkSnapshot s, string algorithm, double[] values, (string, object)[] parameters) =>
        new([.. s.OfficeCodes.Select((code, v) => (code, values[v]))], s.EvidenceOf(algorithm, s.DeferredSupportEdges, parameters));

    private static (string, object)[] HitsParameters(HitsScores hits) =>
    [
        ("hits.tolerance", LinkAnalysis.HitsTolerance),
        ("hits.iterations", hits.Iterations),
        ("hits.converged", hits.Converged),
    ];

    internal static (string, object)[] PageRankParameters(PageRankScores pageRank) =>
    [
        ("pageRank.alpha", LinkAnalysis.Alpha),
        ("pageRank.tolerance", LinkAnalysis.PageRankTolerance),
        ("pageRank.stop", "L1 change of one iteration < tolerance"),
        ("pageRank.iterations", pageRank.Iterations),
        ("pageRank.converged", pageRank.Converged),
    ];
}
