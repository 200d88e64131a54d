namespace CoopGraph.Domain;

/// <summary>A standing network of offices named by the source.</summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What the network does.</param>
/// <param name="Members">Member office codes, only where the source names them.</param>
public sealed record Network(string Id, string Name, string? Description, IReadOnlyList<string> Members);
