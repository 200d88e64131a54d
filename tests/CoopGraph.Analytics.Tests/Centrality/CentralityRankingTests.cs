using CoopGraph.Analytics.Centrality;

namespace CoopGraph.Analytics.Tests.Centrality;

public sealed class CentralityRankingTests
{
    private readonly NetworkAnalysis _analysis = NetworkAnalysis.Of(Networks.Sample());

    [Theory]
    [InlineData(CentralityMeasure.InDegree)]
    [InlineData(CentralityMeasure.OutDegree)]
    [InlineData(CentralityMeasure.Betweenness)]
    public void Of_NormalizedOrNot_RanksAsNetworkXScalesDegreesAndBetweenness(CentralityMeasure measure)
    {
        var n = _analysis.Snapshot.OfficeCodes.Count;
        var all = _analysis.Centrality();
        double Raw(string code) => measure switch
        {
            CentralityMeasure.InDegree => all[code].InDegree,
            CentralityMeasure.OutDegree => all[code].OutDegree,
            _ => all[code].Betweenness * (n - 1) * (n - 2),
        };

        var normalized = CentralityRanking.Of(_analysis, measure, null, normalized: true, weighted: false);
        var raw = CentralityRanking.Of(_analysis, measure, null, normalized: false, weighted: false);

        foreach (var r in raw.Ranking)
        {
            r.Value.ShouldBe(Raw(r.Code), 1e-9);
        }

        foreach (var r in normalized.Ranking)
        {
            r.Value.ShouldBe(measure == CentralityMeasure.Betweenness ? all[r.Code].Betweenness : Raw(r.Code) / (n - 1), 1e-12);
        }

        raw.Ranking.Select(r => r.Code).ShouldBe(normalized.Ranking.Select(r => r.Code));
        raw.Ranking.Select(r => r.Rank).ShouldBe(Enumerable.Range(1, n));
    }

    [Fact]
    public void Of_Top_KeepsTheFirstOffices()
    {
        var top = CentralityRanking.Of(_analysis, CentralityMeasure.PageRank, 2, normalized: true, weighted: false);
        var all = CentralityRanking.Of(_analysis, CentralityMeasure.PageRank, null, normalized: true, weighted: false);

        top.Ranking.ShouldBe(all.Ranking.Take(2));
    }
}
