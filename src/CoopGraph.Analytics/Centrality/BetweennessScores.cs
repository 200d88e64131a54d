namespace CoopGraph.Analytics.Centrality;

/// <summary>Betweenness of every office, exact or estimated, with what the evidence must say about it.</summary>
internal sealed record BetweennessScores(double[] Values, bool Estimated, (string Name, object Value)[] Parameters)
{
    /// <summary>
    /// Above this many edge visits (offices × support edges, what Brandes costs) betweenness is sampled unless asked
    /// exact. At M (200 offices, ~40k edges) exact costs 8e6 visits; at L (5,000 offices, 1M links) ~1e11.
    /// </summary>
    public const double ExactVisitLimit = 1e10;

    /// <summary>Brandes' edge visits per second on this kind of machine (measured at M, docs/kernels.md), for the up-front estimate.</summary>
    public const double VisitsPerSecond = 2e8;

    public static BetweennessScores Compute(NetworkSnapshot s, Degrees degrees, bool weighted, bool exact)
    {
        var visits = (double)s.OfficeCount * degrees.Out.Sum(d => (long)d);
        var seconds = visits / VisitsPerSecond;
        var rule = $"exact when offices x support edges <= {ExactVisitLimit:0e0} (here {visits:0.###e0}; exact would take ~{seconds:0.#} s)";
        if (exact || visits <= ExactVisitLimit)
        {
            return new(Brandes.Betweenness(s.Support.Value, weighted), false, [("betweenness.method", "exact (Brandes)"), ("betweenness.sampling", rule)]);
        }

        if (weighted)
        {
            throw new ArgumentException(
                $"weighted betweenness is computed exactly only, and here that would take ~{seconds:0} s ({visits:0.###e0} edge visits): ask for it exact, or use hop betweenness (estimated)",
                nameof(weighted));
        }

        var seed = StableSeed(s.Version);
        var (values, epsilon, samples) = BetweennessSampler.Estimate(s, BetweennessSampler.Epsilon, BetweennessSampler.Delta, seed);
        return new(values, true,
        [
            ("betweenness.method", $"estimated, ±{epsilon:0.####} with probability {1 - BetweennessSampler.Delta:0.##} (Riondato-Kornaropoulos shortest-path sampling)"),
            ("betweenness.sampling", rule),
            ("betweenness.epsilon", epsilon),
            ("betweenness.delta", BetweennessSampler.Delta),
            ("betweenness.samples", samples),
            ("betweenness.seed", seed),
        ]);
    }

    /// <summary>The same dataset version always draws the same sample.</summary>
    private static int StableSeed(string version)
    {
        var hash = 17;
        foreach (var c in version)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash & int.MaxValue;
    }
}
