using System.Text.Json;

namespace CoopGraph.Web.Tests;

/// <summary>Short reads of GraphQL answers and of what the page returns from script.</summary>
internal static class JsonElementExtensions
{
    /// <summary>A string property.</summary>
    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    /// <summary>The items of an array property.</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray();

    /// <summary>An array of strings.</summary>
    public static string[] Strings(this JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>The codes of an array of offices.</summary>
    public static string[] Codes(this JsonElement offices) => [.. offices.EnumerateArray().Select(o => o.Text("code"))];
}
