using CoopGraph.Analytics.Centrality;

namespace CoopGraph.Analytics.Tests.Centrality;

public class BetweennessSamplingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Estimate_RandomNetwork_WithinStatedBoundOfBrandes(int seed)
    {
        var snapshot = NetworkSnapshot.Build(KernelAgreementTests.Random(seed, offices: 60, subjects: 40, links: 260));
        var exact = Brandes.Betweenness(snapshot.Support.Value, weighted: false);
        var (estimate, epsilon, samples) = BetweennessSampler.Estimate(snapshot, epsilon: 0.05, delta: 0.1, seed: seed);
        samples.ShouldBe(BetweennessSampler.SampleSize(60, 0.05, 0.1));
        epsilon.ShouldBe(0.05 * 60 / 58, 1e-12);
        exact.Max().ShouldBeGreaterThan(0.01);
        for (var v = 0; v < exact.Length; v++)
        {
            Math.Abs(estimate[v] - exact[v]).ShouldBeLessThanOrEqualTo(epsilon, snapshot.OfficeCodes[v]);
        }

        // Unbiased: the mean error over offices is far below the bound for every office.
        Math.Abs(estimate.Sum() - exact.Sum()).ShouldBeLessThan(epsilon * 3);
    }

    [Fact]
    public void Centrality_SmallNetwork_ExactAndSaysWhenItWouldSample()
    {
        var evidence = NetworkAnalysis.Of(Networks.Sample()).Centrality().Evidence.Parameters;
        evidence["betweenness.method"].ShouldBe("exact (Brandes)");
        evidence["betweenness.sampling"].ShouldStartWith("exact when offices x support edges <= 1e10 (here 2e1;");
    }
}
