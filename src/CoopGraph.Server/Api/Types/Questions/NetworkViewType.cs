using CoopGraph.Analytics.Views;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>NetworkView</c>.</summary>
public sealed class NetworkViewType : ObjectGraphType<NetworkView>
{
    public NetworkViewType()
    {
        Name = "NetworkView";
        Description = "A whole graph in one answer, as a D3, Cytoscape or Sigma front end needs it.";
        Field<NonNullGraphType<ViewKindType>>("view").Description("Which graph this is.").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Directed).Description("Whether edges have a direction.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ViewNodeType>>>>("nodes").Description("Offices by code, then subjects in dataset order.").Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ViewEdgeType>>>>("edges").Description("Edges, by source then target.").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("How the view was derived and on which dataset version.").Resolve(ctx => ctx.Source.Evidence);
    }
}
