using System.Text.Json;

namespace CoopGraph.Storage.Neo4j;

/// <summary>The result of one statement in the Query API's plain JSON format: <c>data.fields</c>, <c>data.values</c>, <c>bookmarks</c>.</summary>
/// <param name="Fields">Column names, in order.</param>
/// <param name="Rows">One record per result row.</param>
/// <param name="Bookmarks">Bookmarks of the committed work (empty inside an open transaction).</param>
public sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<QueryRecord> Rows, IReadOnlyList<string> Bookmarks)
{
    /// <summary>Reads a response body; a body without <c>data</c> (a commit, a rollback) gives an empty result.</summary>
    public static QueryResult Parse(JsonElement body)
    {
        var bookmarks = body.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : [];
        if (!body.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            return new([], [], bookmarks);
        }

        var fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString() ?? "").ToList();
        var index = fields.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);
        var rows = data.GetProperty("values").EnumerateArray()
            .Select(row => new QueryRecord(index, [.. row.EnumerateArray().Select(v => v.Clone())]))
            .ToList();
        return new(fields, rows, bookmarks);
    }
}

/// <summary>One row of a <see cref="QueryResult"/>, read by field name.</summary>
public sealed class QueryRecord
{
    private readonly Dictionary<string, int> _index;
    private readonly JsonElement[] _values;

    internal QueryRecord(Dictionary<string, int> index, JsonElement[] values) => (_index, _values) = (index, values);

    /// <summary>The raw JSON value of <paramref name="field"/>.</summary>
    public JsonElement this[string field] => _index.TryGetValue(field, out var i) && i < _values.Length
        ? _values[i]
        : throw new KeyNotFoundException($"the result has no field '{field}'");

    /// <summary>A string value, or null for a Cypher null.</summary>
    public string? GetString(string field) => this[field] is { ValueKind: JsonValueKind.Null } ? null : this[field].GetString();

    /// <summary>A string value that must not be null.</summary>
    public string GetRequiredString(string field) => GetString(field) ?? throw new InvalidOperationException($"field '{field}' is null");

    /// <summary>An integer value.</summary>
    public long GetInt64(string field) => this[field].GetInt64();

    /// <summary>A float value.</summary>
    public double GetDouble(string field) => this[field].GetDouble();

    /// <summary>A boolean value (null reads as false).</summary>
    public bool GetBoolean(string field) => this[field].ValueKind == JsonValueKind.True;

    /// <summary>A list of strings (null reads as empty).</summary>
    public IReadOnlyList<string> GetStrings(string field) => this[field].ValueKind == JsonValueKind.Array
        ? [.. this[field].EnumerateArray().Select(x => x.GetString() ?? "")]
        : [];
}
