namespace CoopGraph.Domain.Validation;

/// <summary>
/// Names the place of a dataset item in its source, so messages point where the user must edit:
/// a JSON path by default, a CSV <c>file:line:column</c> where rows came from a CSV file.
/// </summary>
/// <param name="collection">The dataset collection, e.g. <c>requests</c>.</param>
/// <param name="index">Index of the item in that collection.</param>
/// <param name="field">Field of the item (camelCase as in JSON), or null for the whole item.</param>
/// <returns>The place, e.g. <c>$.requests[3].office</c>.</returns>
public delegate string PlaceOf(string collection, int index, string? field);

/// <summary>Standard <see cref="PlaceOf"/> implementations.</summary>
public static class Places
{
    /// <summary>JSON paths into the canonical JSON format.</summary>
    public static string JsonPath(string collection, int index, string? field) =>
        field is null ? $"$.{collection}[{index}]" : $"$.{collection}[{index}].{field}";
}
