using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopGraph.Domain.Formats;

/// <summary>Compile-time JSON metadata of the canonical format: no reflection at start, the same bytes as before.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Dataset))]
[JsonSerializable(typeof(IReadOnlyList<Round>))]
internal sealed partial class DatasetJsonContext : JsonSerializerContext;
