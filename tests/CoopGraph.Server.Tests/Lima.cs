using System.Text.Json;
using CoopGraph.Domain;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Server.Tests;

/// <summary>The committed Lima data and the NetworkX fixture of the analytics issue: what answers are checked against.</summary>
internal static class Lima
{
    private static readonly Lazy<Dataset> LazyDataset = new(() => DatasetJson.Load(RepoPaths.Lima).Dataset!);
    private static readonly Lazy<JsonElement> LazyNetworkX = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepoPaths.Of("tests", "reference", "fixtures", "lima-2022.expected.json"))).RootElement);

    public static Dataset Dataset => LazyDataset.Value;

    /// <summary>NetworkX's metrics and structure of the Lima support graph (tests/reference/networkx_reference.py).</summary>
    public static JsonElement NetworkX => LazyNetworkX.Value;

    /// <summary>The status of a subject by the definition, computed from the requests and offers.</summary>
    public static string Status(string subject)
    {
        var requesters = Dataset.Requests.Where(r => r.Subject == subject).Select(r => r.Office).Distinct().ToList();
        var offerers = Dataset.Offers.Where(o => o.Subject == subject).Select(o => o.Office).ToHashSet();
        if (requesters.Count == 0)
        {
            return "UNREQUESTED";
        }

        var worst = requesters.Min(r => offerers.Count(o => o != r));
        return worst switch { 0 => "UNMET", 1 => "FRAGILE", _ => "COVERED" };
    }
}
