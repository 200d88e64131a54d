namespace CoopGraph.Server.Api;

/// <summary>Where a page sits in its list.</summary>
/// <param name="HasNextPage">Whether items follow the page.</param>
/// <param name="HasPreviousPage">Whether items precede the page.</param>
/// <param name="StartCursor">Cursor of the first item, or null.</param>
/// <param name="EndCursor">Cursor of the last item, or null.</param>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
