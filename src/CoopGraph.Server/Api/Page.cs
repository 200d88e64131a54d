namespace CoopGraph.Server.Api;

/// <summary>One page of a cursor connection.</summary>
/// <typeparam name="T">The node type.</typeparam>
/// <param name="Edges">The items of the page with their cursors.</param>
/// <param name="HasNextPage">Whether items follow the page.</param>
/// <param name="HasPreviousPage">Whether items precede the page.</param>
/// <param name="TotalCount">Items in the whole (filtered) list, when known.</param>
public sealed record Page<T>(IReadOnlyList<PageEdge<T>> Edges, bool HasNextPage, bool HasPreviousPage, int? TotalCount)
{
    /// <summary>The cursor of the first edge, or null.</summary>
    public string? StartCursor => Edges.Count > 0 ? Edges[0].Cursor : null;

    /// <summary>The cursor of the last edge, or null.</summary>
    public string? EndCursor => Edges.Count > 0 ? Edges[^1].Cursor : null;
}
