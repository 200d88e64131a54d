using CoopGraph.Domain;
using CoopGraph.Storage;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>PageInfo</c> (Relay cursor connections).</summary>
public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    /// <summary>Defines the fields.</summary>
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in its list.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("Whether items follow this page (read them with `after: endCursor`).").Resolve(ctx => ctx.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Whether items precede this page.").Resolve(ctx => ctx.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("Cursor of the first item of the page, null when empty.").Resolve(ctx => ctx.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("Cursor of the last item of the page, null when empty.").Resolve(ctx => ctx.Source.EndCursor);
    }
}

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

/// <summary>An edge of a connection: a node and its cursor.</summary>
/// <typeparam name="TNodeType">The node graph type.</typeparam>
/// <typeparam name="TNode">The node value type.</typeparam>
public sealed class EdgeType<TNodeType, TNode> : ObjectGraphType<PageEdge<TNode>>
    where TNodeType : IGraphType
{
    /// <summary>Defines the fields.</summary>
    public EdgeType()
    {
        Name = typeof(TNode).Name + "Edge";
        Description = $"One {typeof(TNode).Name} of a page, with its cursor.";
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` to read what follows this item.").Resolve(ctx => ctx.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(ctx => ctx.Source.Node);
    }
}

/// <summary>GraphQL <c>OfficeConnection</c>.</summary>
public sealed class OfficeConnectionType() : ConnectionType<OfficeType, Office>("Office", "offices", counted: true);

/// <summary>GraphQL <c>ChangeConnection</c>.</summary>
public sealed class ChangeConnectionType() : ConnectionType<ChangeRecordType, ChangeRecord>("ChangeRecord", "changes", counted: false);

/// <summary>GraphQL <c>ChangeRecord</c>: one entry of the audit trail.</summary>
public sealed class ChangeRecordType : ObjectGraphType<ChangeRecord>
{
    /// <summary>Defines the fields.</summary>
    public ChangeRecordType()
    {
        Name = "ChangeRecord";
        Description = "One entry of the audit trail: what changed, when and by whom.";
        Field<NonNullGraphType<StringGraphType>>("sequence").Description("Increasing number of the entry (a 64-bit integer, as text).")
            .Resolve(ctx => ctx.Source.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When it was committed (UTC).").Resolve(ctx => ctx.Source.At);
        Field<StringGraphType>("actor").Description("Who made it (the API key's name); null unless the request carries an API key.")
            .Resolve(ctx => ctx.Request().Actor is null ? null : ctx.Source.Actor);
        Field(x => x.Kind).Description("What kind of change: `addRequest`, `upsertOffice`, ..., `import:merge`, `import:replace`.");
        Field(x => x.Target).Description("What it touched, e.g. `BRA/green-patents`.");
        Field(x => x.Version).Description("The dataset version after the change's batch.");
    }
}
