using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>A Relay connection over nodes of <typeparamref name="TNodeType"/>.</summary>
/// <typeparam name="TNodeType">The node graph type.</typeparam>
/// <typeparam name="TNode">The node value type.</typeparam>
public abstract class ConnectionType<TNodeType, TNode> : ObjectGraphType<Page<TNode>>
    where TNodeType : IGraphType
{
    /// <summary>Defines the fields of <c>{nodeName}Connection</c>.</summary>
    /// <param name="nodeName">The node type's name, prefix of the connection's.</param>
    /// <param name="what">The items, in plural, for the descriptions.</param>
    /// <param name="counted">Whether the resolver counts the whole list (otherwise <c>totalCount</c> is null).</param>
    protected ConnectionType(string nodeName, string what, bool counted)
    {
        Name = nodeName + "Connection";
        Description = $"A page of {what}, with cursors.";
        Field<IntGraphType>("totalCount").Description(counted
            ? $"Number of {what} in the whole list (all pages)."
            : $"Always null: the {what} are not counted; read pages until `pageInfo.hasNextPage` is false.").Resolve(ctx => ctx.Source.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description("Where this page sits in the list.")
            .Resolve(ctx => new PageInfo(ctx.Source.HasNextPage, ctx.Source.HasPreviousPage, ctx.Source.StartCursor, ctx.Source.EndCursor));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description($"The {what} of this page.")
            .Resolve(ctx => ctx.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, TNode>>>>>("edges").Description($"The {what} of this page with their cursors.")
            .Resolve(ctx => ctx.Source.Edges);
    }
}
