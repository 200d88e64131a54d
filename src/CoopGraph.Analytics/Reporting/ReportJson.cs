using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CoopGraph.Analytics.Paths;
using CoopGraph.Domain.Formats;

namespace CoopGraph.Analytics.Reporting;

/// <summary>The JSON form of analytics results (the contract documented in docs/analytics.md).</summary>
public static class ReportJson
{
    /// <summary>camelCase properties, enums as UPPER_SNAKE_CASE (<c>UNMET</c>, <c>NO_SUPPORT</c>), indented, accents readable.</summary>
    public static JsonSerializerOptions Options { get; } = ReadableJson.Options(o =>
    {
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false));

        // Compile-time metadata for the report and paths; any other result record by reflection.
        o.TypeInfoResolver = JsonTypeInfoResolver.Combine(ReportJsonContext.Default, new DefaultJsonTypeInfoResolver());
    });

    /// <summary>Writes <paramref name="value"/> (a report or any result record) as JSON, with a final newline.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";

    /// <summary>
    /// Writes <paramref name="value"/> to <paramref name="utf8"/> as it goes (a Utf8JsonWriter flushing its buffer),
    /// so a large report is never held as one string; the same bytes as <see cref="Serialize{T}"/>.
    /// </summary>
    public static void Write<T>(Stream utf8, T value)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        JsonSerializer.Serialize(utf8, value, Options);
        utf8.WriteByte((byte)'\n');
        utf8.Flush();
    }
}

/// <summary>Compile-time JSON metadata of the results the CLI writes.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AnalysisReport))]
[JsonSerializable(typeof(PathsResult))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
