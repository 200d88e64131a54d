using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopGraph.Analytics.Reporting;

/// <summary>The JSON form of analytics results (the contract documented in docs/analytics.md).</summary>
public static class ReportJson
{
    /// <summary>camelCase properties, enums as UPPER_SNAKE_CASE (<c>UNMET</c>, <c>NO_SUPPORT</c>), indented, accents readable.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false) },
    };

    /// <summary>Writes <paramref name="value"/> (a report or any result record) as JSON, with a final newline.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";
}
