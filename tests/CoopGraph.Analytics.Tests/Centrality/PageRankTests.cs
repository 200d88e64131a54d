namespace CoopGraph.Analytics.Tests.Centrality;

public class PageRankTests
{
    [Fact]
    public void Centrality_Default_ConvergesPageRankTo1e10InL1()
    {
        var evidence = NetworkAnalysis.Of(Networks.Sample()).Centrality().Evidence.Parameters;
        evidence["pageRank.tolerance"].ShouldBe("1E-10");
        evidence["pageRank.stop"].ShouldBe("L1 change of one iteration < tolerance");
        evidence["pageRank.converged"].ShouldBe("true");
        int.Parse(evidence["pageRank.iterations"], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(1);
    }

    [Fact]
    public void PageRank_Alone_ComputesNoBetweennessAndMatchesCentrality()
    {
        var analysis = NetworkAnalysis.Of(Networks.Sample());
        var ranks = analysis.PageRank();
        analysis.BetweennessStarted.ShouldBeFalse();
        ranks.Evidence.Edges.ShouldBeEmpty();
        ranks.Evidence.Parameters["pageRank.tolerance"].ShouldBe("1E-10");
        var centrality = analysis.Centrality();
        analysis.BetweennessStarted.ShouldBeTrue();
        ranks.Offices.ShouldBe(centrality.Offices.Select(o => (o.Code, o.PageRank)));
    }
}
