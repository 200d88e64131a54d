using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>An edge of a connection: a node and its cursor.</summary>
/// <typeparam name="TNodeType">The node graph type.</typeparam>
/// <typeparam name="TNode">The node value type.</typeparam>
public sealed class EdgeType<TNodeType, TNode> : ObjectGraphType<PageEdge<TNode>>
    where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = typeof(TNode).Name + "Edge";
        Description = $"One {typeof(TNode).Name} of a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to read what follows this item.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(ctx => ctx.Source.Node);
    }
}
