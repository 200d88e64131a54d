using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>Metric</c>.</summary>
public sealed class MetricType : ObjectGraphType<KeyValuePair<string, double>>
{
    public MetricType()
    {
        Name = "Metric";
        Description = "A named numeric attribute of a node.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Metric name, e.g. `pageRank`, `isolation`, `coverageRatio`.").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<FloatGraphType>>("value").Description("Metric value.").Resolve(ctx => ctx.Source.Value);
    }
}
