using CoopGraph.Analytics.Centrality;

namespace CoopGraph.Analytics;

/// <summary>
/// The numbers every office carries wherever it is drawn or exported (views, exports, the Neo4j sync, the report's CSV),
/// named as <c>analyze --format json</c> names them, in this order.
/// </summary>
public static class OfficeMetrics
{
    /// <summary>The metric names, in order.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["inDegree", "outDegree", "inStrength", "outStrength", "betweenness", "closeness", "harmonic", "pageRank", "hub", "authority", "isolation"];

    /// <summary>One office's metrics, in the order of <see cref="Names"/>.</summary>
    /// <param name="centrality">The office's centrality.</param>
    /// <param name="isolation">The office's isolation score.</param>
    public static IReadOnlyList<KeyValuePair<string, double>> Of(OfficeCentrality centrality, double isolation)
    {
        ArgumentNullException.ThrowIfNull(centrality);
        double[] values =
        [
            centrality.InDegree, centrality.OutDegree, centrality.InStrength, centrality.OutStrength, centrality.Betweenness,
            centrality.Closeness, centrality.Harmonic, centrality.PageRank, centrality.Hub, centrality.Authority, isolation,
        ];
        return [.. Names.Zip(values, (name, value) => new KeyValuePair<string, double>(name, value))];
    }

    /// <summary>Every office's metrics by code (the office score properties the Neo4j sync writes).</summary>
    public static Dictionary<string, IReadOnlyDictionary<string, double>> ByOffice(NetworkAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var isolation = analysis.Isolation();
        return analysis.Centrality().Offices.ToDictionary(
            o => o.Code,
            o => (IReadOnlyDictionary<string, double>)new Dictionary<string, double>(Of(o, isolation[o.Code].Score), StringComparer.Ordinal),
            StringComparer.Ordinal);
    }
}
