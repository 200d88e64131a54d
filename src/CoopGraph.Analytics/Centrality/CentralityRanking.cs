
namespace CoopGraph.Analytics.Centrality;

/// <summary>Offices ranked by one metric, computed alone (every measure of an office only when its <c>scores</c> are asked for).</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Normalized">Whether values are normalized.</param>
/// <param name="WeightedBetweenness">Whether betweenness used edge length 1/w.</param>
/// <param name="Ranking">The ranked offices.</param>
/// <param name="Evidence">How the ranked metric was computed.</param>
public sealed record CentralityRanking(CentralityMeasure Metric, bool Normalized, bool WeightedBetweenness, IReadOnlyList<RankedOffice> Ranking, Evidence Evidence)
{
    /// <summary>Ranks the offices by <paramref name="metric"/>, computing that metric only.</summary>
    public static CentralityRanking Of(NetworkAnalysis analysis, CentralityMeasure metric, int? top, bool normalized, bool weighted)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var scores = analysis.Scores(metric, new CentralityOptions(weighted));
        var n = scores.Offices.Count;
        var ranked = scores.Offices
            .Select(o => (o.Code, Value: ValueOf(o.Value, metric, normalized, n)))
            .OrderByDescending(x => x.Value).ThenBy(x => x.Code, StringComparer.Ordinal)
            .Take(top ?? n)
            .Select((x, i) => new RankedOffice(i + 1, x.Value, x.Code, weighted))
            .ToList();
        return new(metric, normalized, weighted, ranked, scores.Evidence);
    }

    /// <summary>
    /// The ranked value from the measure's own value: <paramref name="normalized"/> false gives raw counts for degrees
    /// and betweenness (NetworkX <c>normalized=False</c>), true divides degrees by n−1 (NetworkX degree centrality).
    /// </summary>
    public static double ValueOf(double value, CentralityMeasure metric, bool normalized, int n)
    {
        double degreeScale = normalized && n > 1 ? 1.0 / (n - 1) : 1.0;
        return metric switch
        {
            CentralityMeasure.InDegree or CentralityMeasure.OutDegree => value * degreeScale,
            CentralityMeasure.Betweenness => normalized || n < 3 ? value : value * (n - 1) * (n - 2),
            _ => value,
        };
    }
}
