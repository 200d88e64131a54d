namespace CoopGraph.Analytics.Centrality;

/// <summary>Assembles every centrality of the support graph into one result from the snapshot's per-metric results.</summary>
internal static class CentralityCalculator
{
    public static CentralityResult Compute(NetworkSnapshot snapshot, bool weightedBetweenness, bool exactBetweenness)
    {
        var n = snapshot.OfficeCount;
        var degrees = snapshot.Degrees.Value;
        var betweenness = snapshot.Betweenness(weightedBetweenness, exactBetweenness);
        var (closeness, harmonic) = snapshot.ClosenessHarmonic.Value;
        var pageRank = snapshot.PageRank.Value;
        var hits = snapshot.Hits.Value;
        var offices = new OfficeCentrality[n];
        for (var v = 0; v < n; v++)
        {
            offices[v] = new OfficeCentrality(
                snapshot.OfficeCodes[v], degrees.In[v], degrees.Out[v], checked((int)degrees.InStrength[v]), checked((int)degrees.OutStrength[v]),
                betweenness.Values[v], closeness[v], harmonic[v], pageRank.Ranks[v], hits.Hubs[v], hits.Authorities[v]);
        }

        (string, object)[] parameters =
        [
            ("graph", "support (directed office->office, weight = shared subjects)"),
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

    /// <summary>
    /// One measure of every office, computing only what that measure needs: a PageRank, degree or HITS question never
    /// waits for betweenness or closeness. The values equal <see cref="Compute"/>'s.
    /// </summary>
    public static OfficeScores Measure(NetworkSnapshot s, CentralityMeasure measure, bool weightedBetweenness, bool exactBetweenness)
    {
        var graph = ("graph", (object)"support (directed office->office, weight = shared subjects)");
        (string Algorithm, double[] Values, (string, object)[] Parameters) answer = measure switch
        {
            CentralityMeasure.InDegree => ("in-degree (counted on the bipartite graph)", [.. s.Degrees.Value.In.Select(d => (double)d)], [graph]),
            CentralityMeasure.OutDegree => ("out-degree (counted on the bipartite graph)", [.. s.Degrees.Value.Out.Select(d => (double)d)], [graph]),
            CentralityMeasure.InStrength => ("in-strength (summed on the bipartite graph)", [.. s.Degrees.Value.InStrength.Select(d => (double)d)], [graph]),
            CentralityMeasure.OutStrength => ("out-strength (summed on the bipartite graph)", [.. s.Degrees.Value.OutStrength.Select(d => (double)d)], [graph]),
            CentralityMeasure.Betweenness => Betweenness(s, weightedBetweenness, exactBetweenness, graph),
            CentralityMeasure.Closeness => ("closeness (incoming distance, Wasserman-Faust)", s.ClosenessHarmonic.Value.Closeness, [graph]),
            CentralityMeasure.Harmonic => ("harmonic (incoming distance)", s.ClosenessHarmonic.Value.Harmonic, [graph]),
            CentralityMeasure.PageRank => ("PageRank (power iteration through the subjects)", s.PageRank.Value.Ranks, [graph, .. PageRankParameters(s.PageRank.Value)]),
            CentralityMeasure.Hub => ("HITS hub (power iteration through the subjects)", s.Hits.Value.Hubs, [graph, .. HitsParameters(s.Hits.Value)]),
            CentralityMeasure.Authority => ("HITS authority (power iteration through the subjects)", s.Hits.Value.Authorities, [graph, .. HitsParameters(s.Hits.Value)]),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "unknown centrality measure"),
        };
        return new OfficeScores(
            [.. s.OfficeCodes.Select((code, v) => (code, answer.Values[v]))],
            s.EvidenceOf(answer.Algorithm, s.DeferredSupportEdges, answer.Parameters));
    }

    private static (string, double[], (string, object)[]) Betweenness(NetworkSnapshot s, bool weighted, bool exact, (string, object) graph)
    {
        var b = s.Betweenness(weighted, exact);
        return ("Brandes betweenness (directed, normalized)", b.Values,
            [graph, ("betweenness.normalized", true), ("betweenness.distance", weighted ? "1/w" : "hops"), .. b.Parameters]);
    }

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
