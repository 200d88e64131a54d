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
            snapshot.SupportEdges,
            parameters);
        return new CentralityResult(offices, weightedBetweenness, evidence);
    }

    internal static (string, object)[] PageRankParameters(PageRankScores pageRank) =>
    [
        ("pageRank.alpha", LinkAnalysis.Alpha),
        ("pageRank.tolerance", LinkAnalysis.PageRankTolerance),
        ("pageRank.stop", "L1 change of one iteration < tolerance"),
        ("pageRank.iterations", pageRank.Iterations),
        ("pageRank.converged", pageRank.Converged),
    ];
}
