namespace CoopGraph.Domain;

/// <summary>One of the thematic areas that group subjects (one table per area in the Lima report).</summary>
/// <param name="Id">Stable identifier, e.g. <c>infrastructure</c>.</param>
/// <param name="Name">Display name.</param>
public sealed record Area(string Id, string Name);
