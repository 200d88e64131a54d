namespace CoopGraph.Server.Api;

/// <summary>An item of a page with its opaque cursor.</summary>
/// <typeparam name="T">The node type.</typeparam>
/// <param name="Cursor">Pass as <c>after</c> to read what follows this item.</param>
/// <param name="Node">The item.</param>
public sealed record PageEdge<T>(string Cursor, T Node);
