using CoopGraph.Analytics.Centrality;

namespace CoopGraph.Analytics;

/// <summary>
/// The numbers every office carries wherever it is drawn or exported (views, exports, the Neo4j sync, the report's CSV,
/// the page), named as <c>analyze --format json</c> names them, in this order, each defined once with its words.
/// </summary>
public static class OfficeMetrics
{
    /// <summary>Every office metric with its words, in order: the one list the API (<c>metrics</c>), the page and the writers use.</summary>
    public static IReadOnlyList<OfficeMetric> All { get; } =
    [
        new("inDegree", "Helped by N offices (in-degree)", "how many offices can help it",
            "How many offices can help it (its supporters); divided by n−1 when normalized.", CentralityMeasure.InDegree),
        new("outDegree", "Can help N offices (out-degree)", "how many offices it can help",
            "How many offices it can help; divided by n−1 when normalized.", CentralityMeasure.OutDegree),
        new("inStrength", "Ways to be helped (in-strength)", "how many ways it can be helped",
            "How many ways it can be helped: over its supporters, the number of subjects each can help it with, summed.", CentralityMeasure.InStrength),
        new("outStrength", "Ways to help (out-strength)", "how many ways it can help",
            "How many ways it can help: over the offices it can help, the number of subjects it can help each with, summed.", CentralityMeasure.OutStrength),
        new("betweenness", "Betweenness", "Betweenness",
            "How often it lies on the shortest chains of support between two other offices: a broker whose loss lengthens or breaks chains. Share of office pairs when normalized (divided by (n−1)(n−2)), a raw count otherwise; counted in hops unless `weighted`.",
            CentralityMeasure.Betweenness),
        new("closeness", "Closeness", "Closeness",
            "How few hops the offices that can reach it by a chain of support need, scaled by how many can reach it (Wasserman–Faust); 0 when no office can reach it.",
            CentralityMeasure.Closeness),
        new("harmonic", "Harmonic", "Harmonic",
            "Sum of 1/hops over the offices that can reach it by a chain of support: like closeness, but offices that cannot reach it simply add nothing.",
            CentralityMeasure.Harmonic),
        new("pageRank", "PageRank", "PageRank",
            "How much help flows to it: high when many offices can help it, above all offices that are themselves well supported (subject-weighted, α = 0.85; scores sum to 1).",
            CentralityMeasure.PageRank),
        new("hub", "Hub (HITS)", "Hub (HITS)",
            "HITS hub score: high when it can help the offices that many strong helpers also help, i.e. a broad giver (subject-weighted; scores sum to 1).",
            CentralityMeasure.Hub),
        new("authority", "Authority (HITS)", "Authority (HITS)",
            "HITS authority score: high when the offices with high hub scores can help it, i.e. a recipient of the strongest givers (subject-weighted; scores sum to 1).",
            CentralityMeasure.Authority),
        new("isolation", "Isolation score", "how cut off it is",
            "Isolation score in [0, 1]: mean of unmet share, 1/(1+partners) and component remoteness (docs/analytics.md).", null),
    ];

    /// <summary>The metric names (<see cref="OfficeMetric.Id"/>), in order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(m => m.Id)];

    /// <summary>The metric <paramref name="measure"/> ranks by.</summary>
    public static OfficeMetric For(CentralityMeasure measure) => All.First(m => m.Measure == measure);

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
