using CoopGraph.Analytics.Centrality;

namespace CoopGraph.Analytics;

/// <summary>One number every office carries (see <see cref="OfficeMetrics"/>), with the words every front end shows for it.</summary>
/// <param name="Id">Its name in the <c>analyze</c> JSON, views, exports, the report's CSV and the Neo4j sync (<c>outDegree</c>).</param>
/// <param name="Label">A short label for a picker or a column heading.</param>
/// <param name="Legend">What a drawing sized by it shows, in a reader's words (<c>how many offices it can help</c>).</param>
/// <param name="Definition">One line saying what it measures and how.</param>
/// <param name="Measure">The centrality measure that ranks offices by it; null for the isolation score (not a centrality).</param>
public sealed record OfficeMetric(string Id, string Label, string Legend, string Definition, CentralityMeasure? Measure);
