using CoopGraph.Analytics.Views;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>ViewEdge</c>.</summary>
public sealed class ViewEdgeType : ObjectGraphType<ViewEdge>
{
    public ViewEdgeType()
    {
        Name = "ViewEdge";
        Description = "An edge to draw.";
        Field(x => x.Source, type: typeof(NonNullGraphType<IdGraphType>)).Description("Source node id.");
        Field(x => x.Target, type: typeof(NonNullGraphType<IdGraphType>)).Description("Target node id.");
        Field(x => x.Kind).Description("`SUPPORTS`, `COLLABORATES`, `REQUESTS` or `OFFERS`.");
        Field(x => x.Weight).Description("Number of subjects behind the edge; COLLABORATES sums both directions (a subject helping each way counts twice); 1 for REQUESTS and OFFERS.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("subjects").Description("Ids of the subjects behind the edge.").Resolve(ctx => ctx.Source.Subjects);
    }
}
