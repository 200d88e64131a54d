using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoopGraph.Domain.Validation;
using Json.Schema;

namespace CoopGraph.Domain.Formats;

/// <summary>
/// The canonical JSON format (<c>data/coopgraph.schema.json</c>): parse, check against the schema and the validator, write.
/// </summary>
public static class DatasetJson
{
    /// <summary>Serializer options of the canonical format: camelCase, lower-case enums, indented, accents kept readable.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    /// <summary>Reads a dataset from JSON text; <paramref name="origin"/> (a file name) prefixes syntax-error places.</summary>
    public static LoadResult Parse(string json, string origin = "<input>")
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException ex)
        {
            var place = $"{origin}:{(ex.LineNumber ?? 0) + 1}:{(ex.BytePositionInLine ?? 0) + 1}";
            return LoadResult.Failed(new([new(Severity.Error, place, "invalid JSON: " + FirstSentence(ex.Message))]));
        }

        using (document)
        {
            var schemaReport = CheckSchema(document.RootElement);
            if (!schemaReport.IsValid)
            {
                return LoadResult.Failed(schemaReport);
            }

            Dataset dataset;
            try
            {
                dataset = Normalize(document.RootElement.Deserialize<Dataset>(Options)
                    ?? throw new JsonException("the document is null", "$", null, null));
            }
            catch (JsonException ex)
            {
                return LoadResult.Failed(new([new(Severity.Error, ex.Path ?? "$", FirstSentence(ex.Message))]));
            }

            var report = DatasetValidator.Validate(dataset);
            return new(report.IsValid ? dataset : null, report, []);
        }
    }

    /// <summary>Reads and validates a dataset file.</summary>
    public static LoadResult Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Writes <paramref name="dataset"/> in the canonical format.</summary>
    public static string Serialize(Dataset dataset) => JsonSerializer.Serialize(dataset, Options) + "\n";

    /// <summary>The canonical UTF-8 bytes of <paramref name="dataset"/> (what its version hashes).</summary>
    public static byte[] ToUtf8Bytes(Dataset dataset) => JsonSerializer.SerializeToUtf8Bytes(dataset, Options);

    private static ValidationReport CheckSchema(JsonElement root)
    {
        var results = Schema.Value.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return ValidationReport.Clean;
        }

        var issues = (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => (Place: ToJsonPath(d.InstanceLocation.ToString()), e.Value)))
            .Distinct()
            .Select(e => new ValidationIssue(Severity.Error, e.Place, Explain(e.Place, e.Value)))
            .ToList();
        return new(issues.Count > 0 ? issues : [new(Severity.Error, "$", "does not match the CoopGraph dataset schema")]);
    }

    // additionalProperties: false reports through a "false schema"; say what the user did instead.
    private static string Explain(string place, string message) =>
        message.Contains("false schema", StringComparison.Ordinal)
            ? $"unknown property '{place[(place.LastIndexOf('.') + 1)..]}' (see data/coopgraph.schema.json)"
            : message;

    /// <summary>Turns a JSON pointer (<c>/requests/3/office</c>) into the JSON path users read (<c>$.requests[3].office</c>).</summary>
    internal static string ToJsonPath(string pointer)
    {
        var path = "$";
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path += int.TryParse(name, out var index) ? $"[{index}]" : "." + name;
        }

        return path;
    }

    // Optional arrays may be absent in hand-written files; the model never holds null lists.
    private static Dataset Normalize(Dataset d) => d with
    {
        Offices = [.. d.Offices.Select(o => o with { Aliases = o.Aliases ?? [] })],
        Networks = [.. (d.Networks ?? []).Select(n => n with { Members = n.Members ?? [] })],
    };

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static JsonSchema LoadSchema()
    {
        using var stream = typeof(DatasetJson).Assembly.GetManifestResourceStream("coopgraph.schema.json")
            ?? throw new InvalidOperationException("the embedded dataset schema is missing");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }
}
