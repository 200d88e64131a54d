namespace CoopGraph.Analytics.Views;

/// <summary>A node of a view.</summary>
/// <param name="Id">Office code or subject id.</param>
/// <param name="Label">Display name.</param>
/// <param name="Kind"><c>OFFICE</c> or <c>SUBJECT</c>.</param>
/// <param name="Metrics">Numeric attributes by name (centrality, isolation, coverage), in a fixed order.</param>
/// <param name="Attributes">Text attributes by name (area, status, flags), in a fixed order.</param>
public sealed record ViewNode(string Id, string Label, string Kind, IReadOnlyList<KeyValuePair<string, double>> Metrics, IReadOnlyList<KeyValuePair<string, string>> Attributes);
