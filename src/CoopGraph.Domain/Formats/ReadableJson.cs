using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoopGraph.Domain.Formats;

/// <summary>
/// The JSON settings every writer starts from (the dataset format, the reports, the exports, the GraphQL responses):
/// web defaults (camelCase), indented, and accents and symbols written as themselves, because the output is UTF-8 for
/// people and tools to read and is never embedded in HTML.
/// </summary>
public static class ReadableJson
{
    /// <summary>The encoder: only what JSON itself requires is escaped.</summary>
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>New options with these settings, then <paramref name="configure"/> (converters, type resolvers).</summary>
    public static JsonSerializerOptions Options(Action<JsonSerializerOptions>? configure = null)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true, Encoder = Encoder };
        configure?.Invoke(options);
        return options;
    }
}
