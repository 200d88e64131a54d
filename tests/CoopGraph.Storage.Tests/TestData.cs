using CoopGraph.Domain;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Storage.Tests;

/// <summary>Datasets for the store tests: the committed Lima file, a small hand-written one, and large generated ones.</summary>
internal static class TestData
{
    private static readonly Lazy<Dataset> LimaDataset = new(() =>
        DatasetJson.Load(RepoPaths.Lima).Dataset ?? throw new InvalidOperationException("data/lima-2022.json is invalid"));

    public static Dataset Lima => LimaDataset.Value;

    /// <summary>Three offices, two areas, three subjects; text with quotes, accents and a newline to catch escaping bugs.</summary>
    public static Dataset Small() => new(
        Dataset.CurrentFormatVersion,
        "sample",
        "hand-written test data with 'quotes', \"double quotes\", a back\\slash and\na newline",
        [
            new Office("ARG", "Argentina", ["ARGENTINA"], "INPI", true),
            new Office("BRA", "Brazil", ["BRASIL", "BRAZIL"], null, true),
            new Office("MEX", "México", [], "IMPI", false),
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
        [new Network("tisc", "TISC network", "Technology and innovation support centres", ["ARG", "BRA"])]);
}
