using System.Text.Json;
using Json.Schema;

namespace CoopGraph.Domain.Validation;

/// <summary>
/// data/coopgraph.schema.json, the documented contract of the canonical format. Loading does not evaluate it (the
/// streaming reader checks the same shape, far faster); it explains a document the reader refused, with every problem
/// and its JSON path.
/// </summary>
internal static class DatasetSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    /// <summary>True when <paramref name="json"/> (valid JSON) matches the schema.</summary>
    public static bool Accepts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement).IsValid;
    }

    /// <summary>Every schema violation of <paramref name="root"/>, each at its JSON path; clean when it matches.</summary>
    public static ValidationReport Explain(JsonElement root)
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

    // additionalProperties: false reports through a "false schema"; say what the user did instead.
    private static string Explain(string place, string message) =>
        message.Contains("false schema", StringComparison.Ordinal)
            ? $"unknown property '{place[(place.LastIndexOf('.') + 1)..]}' (see data/coopgraph.schema.json)"
            : message;

    private static JsonSchema LoadSchema()
    {
        using var stream = typeof(DatasetSchema).Assembly.GetManifestResourceStream("coopgraph.schema.json")
            ?? throw new InvalidOperationException("the embedded dataset schema is missing");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }
}
