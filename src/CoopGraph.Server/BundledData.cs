using CoopGraph.Domain;
using CoopGraph.Domain.Formats;

namespace CoopGraph.Server;

/// <summary>The Lima 2022 dataset compiled into the executable, so <c>coopgraph</c> runs from any directory.</summary>
public static class BundledData
{
    private static readonly Lazy<Dataset> Lima = new(LoadLima);

    /// <summary>The Lima 2022 dataset (<c>data/lima-2022.json</c> at build time).</summary>
    public static Dataset Lima2022 => Lima.Value;

    private static Dataset LoadLima()
    {
        using var stream = typeof(BundledData).Assembly.GetManifestResourceStream("lima-2022.json")
            ?? throw new InvalidOperationException("the bundled Lima dataset is missing from the build");
        using var reader = new StreamReader(stream);
        var result = DatasetJson.Parse(reader.ReadToEnd(), "lima-2022.json");
        return result.Dataset ?? throw new InvalidOperationException(
            "the bundled Lima dataset is invalid: " + string.Join("; ", result.Report.Errors));
    }
}
