
namespace CoopGraph.Domain.Tests;

/// <summary>A small dataset written out in full, for tests that need exact control of every item.</summary>
internal static class SampleData
{
    public static Dataset Small() => new(
        Dataset.CurrentFormatVersion,
        "sample",
        "hand-written test data",
        [
            new Office("ARG", "Argentina", ["ARGENTINA"], "INPI", true),
            new Office("BRA", "Brazil", ["BRASIL"], null, true),
            new Office("MEX", "Mexico", ["MÉXICO"], "IMPI", false),
        ],
        [new Area("policy", "Public policies"), new Area("promotion", "Promotion")],
        [
            new Subject("green-patents", "policy", "Green patents", "Fast-track green patents", false),
            new Subject("gender", "promotion", "IP and gender", null, false),
            new Subject("all-together", "policy", "All together", "Everyone", true),
        ],
        [
            new Request("ARG", "green-patents", "policy#1", Confidence.High, null),
            new Request("MEX", "gender", "promotion#1", Confidence.Medium, "narrative, \"quoted\", names it"),
            new Request("ARG", "all-together", "policy#2", Confidence.High, null),
        ],
        [new Offer("BRA", "green-patents", "Shares its fast-track programme", "policy#1", Confidence.High, null)],
        [new Network("tisc", "TISC network", "Technology and innovation support centres", ["ARG"])]);
}
