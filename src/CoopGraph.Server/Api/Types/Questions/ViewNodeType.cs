using CoopGraph.Analytics.Views;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>ViewNode</c>.</summary>
public sealed class ViewNodeType : ObjectGraphType<ViewNode>
{
    public ViewNodeType()
    {
        Name = "ViewNode";
        Description = "A node to draw.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Office code or subject id.");
        Field(x => x.Label).Description("Display name.");
        Field(x => x.Kind).Description("`OFFICE` or `SUBJECT`.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricType>>>>("metrics").Description("Numeric attributes: an office's centrality measures and isolation score; a subject's requesters, offerers and coverageRatio.").Resolve(ctx => ctx.Source.Metrics);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttributeType>>>>("attributes").Description("Text attributes: an office's attended, flags and component; a subject's area, status and crossCutting.").Resolve(ctx => ctx.Source.Attributes);
    }
}
