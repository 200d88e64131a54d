using CoopGraph.Analytics;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>OfficeMetric</c>: one of <see cref="OfficeMetrics"/>, in the words every front end shows.</summary>
public sealed class OfficeMetricType : ObjectGraphType<OfficeMetric>
{
    public OfficeMetricType()
    {
        Name = "OfficeMetric";
        Description = "A number every office carries (network views, exports, `coopgraph analyze`, the page), defined once in the analytics.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>))
            .Description("Its name in `network` node metrics, exports and the `analyze` JSON, e.g. `outDegree`.");
        Field(x => x.Label).Description("A short label for a picker or a column heading, e.g. `Can help N offices (out-degree)`.");
        Field(x => x.Legend).Description("What a drawing sized by it shows, in a reader's words, e.g. `how many offices it can help`.");
        Field(x => x.Definition).Description("One line saying what it measures and how.");
        Field<CentralityMetricType>("measure")
            .Description("The centrality measure that ranks offices by it (`centrality(metric:)`, `Office.rank`); null for the isolation score.")
            .Resolve(ctx => ctx.Source.Measure);
    }
}
