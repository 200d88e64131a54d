namespace CoopGraph.Analytics.Tests;

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
}
