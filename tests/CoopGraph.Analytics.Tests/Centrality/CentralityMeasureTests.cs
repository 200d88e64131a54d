using CoopGraph.Analytics.Centrality;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Analytics.Tests.Centrality;

public class CentralityMeasureTests
{
    [Theory]
    [InlineData(CentralityMeasure.PageRank)]
    [InlineData(CentralityMeasure.Hub)]
    [InlineData(CentralityMeasure.Authority)]
    [InlineData(CentralityMeasure.InDegree)]
    [InlineData(CentralityMeasure.OutStrength)]
    [InlineData(CentralityMeasure.Closeness)]
    public void Scores_NotBetweenness_StartsNoBetweenness(CentralityMeasure measure)
    {
        var analysis = NetworkAnalysis.Of(Networks.Sample());

        analysis.Scores(measure);

        analysis.BetweennessStarted.ShouldBeFalse();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Scores_EveryMeasure_EqualsTheWholeCentralityResult(bool weighted)
    {
        var analysis = NetworkAnalysis.Of(DatasetJson.Load(RepoPaths.Lima).Dataset.ShouldNotBeNull());
        var options = new CentralityOptions(weighted);
        var all = analysis.Centrality(options).Offices;

        foreach (var measure in Enum.GetValues<CentralityMeasure>())
        {
            double Of(OfficeCentrality o) => measure switch
            {
                CentralityMeasure.InDegree => o.InDegree,
                CentralityMeasure.OutDegree => o.OutDegree,
                CentralityMeasure.InStrength => o.InStrength,
                CentralityMeasure.OutStrength => o.OutStrength,
                CentralityMeasure.Betweenness => o.Betweenness,
                CentralityMeasure.Closeness => o.Closeness,
                CentralityMeasure.Harmonic => o.Harmonic,
                CentralityMeasure.PageRank => o.PageRank,
                CentralityMeasure.Hub => o.Hub,
                _ => o.Authority,
            };

            analysis.Scores(measure, options).Offices.ShouldBe(all.Select(o => (o.Code, Of(o))), measure.ToString());
        }
    }

    [Fact]
    public void Scores_Betweenness_SaysHowItWasComputed()
    {
        var evidence = NetworkAnalysis.Of(Networks.Sample()).Scores(CentralityMeasure.Betweenness, new CentralityOptions(WeightedBetweenness: true)).Evidence;

        evidence.Parameters["betweenness.distance"].ShouldBe("1/w");
        evidence.Parameters["betweenness.method"].ShouldBe("exact (Brandes)");
    }
}
