namespace CoopGraph.Analytics.Centrality;

/// <summary>Assembles every centrality of the support graph into one result.</summary>
internal static class CentralityCalculator
{
    public static CentralityResult Compute(NetworkSnapshot snapshot, bool weightedBetweenness)
    {
        var g = snapshot.Support.Value;
        var n = g.OfficeCount;
        var betweenness = Brandes.Betweenness(g, weightedBetweenness);
        var (closeness, harmonic) = Distances.ClosenessAndHarmonic(g);
        var (pageRank, pageRankIterations) = LinkAnalysis.PageRank(g);
        var (hub, authority, hitsIterations, hitsConverged) = LinkAnalysis.Hits(g);
        var offices = new OfficeCentrality[n];
        for (var v = 0; v < n; v++)
        {
            int inStrength = 0, outStrength = 0;
            for (var e = g.OutStart[v]; e < g.OutStart[v + 1]; e++)
            {
                outStrength += g.Weight[e];
            }

            for (var i = g.InStart[v]; i < g.InStart[v + 1]; i++)
            {
                inStrength += g.Weight[g.InEdges[i]];
            }

            offices[v] = new OfficeCentrality(
                snapshot.OfficeCodes[v], g.InStart[v + 1] - g.InStart[v], g.OutStart[v + 1] - g.OutStart[v], inStrength, outStrength,
                betweenness[v], closeness[v], harmonic[v], pageRank[v], hub[v], authority[v]);
        }

        var evidence = snapshot.EvidenceOf(
            "degree/strength; Brandes betweenness; closeness (incoming distance, Wasserman-Faust); harmonic; PageRank (power iteration); HITS (power iteration)",
            snapshot.SupportEdges,
            ("graph", "support (directed office->office, weight = shared subjects)"),
            ("betweenness.normalized", true),
            ("betweenness.distance", weightedBetweenness ? "1/w" : "hops"),
            ("pageRank.alpha", LinkAnalysis.Alpha),
            ("pageRank.tolerance", LinkAnalysis.PageRankTolerance),
            ("pageRank.iterations", pageRankIterations),
            ("hits.tolerance", LinkAnalysis.HitsTolerance),
            ("hits.iterations", hitsIterations),
            ("hits.converged", hitsConverged));
        return new CentralityResult(offices, weightedBetweenness, evidence);
    }
}
