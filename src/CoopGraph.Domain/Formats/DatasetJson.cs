using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CoopGraph.Domain.Validation;

namespace CoopGraph.Domain.Formats;

/// <summary>
/// The canonical JSON format (<c>data/coopgraph.schema.json</c>): read in one streaming pass (shape, then meaning),
/// explain a refused file with the schema, write.
/// </summary>
public static class DatasetJson
{
    /// <summary>
    /// Above this size a refused file is explained by the reader's first problem alone: evaluating the schema over
    /// the whole document costs about 40 times the file's size in memory.
    /// </summary>
    public const long ExplainWithSchemaLimit = 64L << 20;

    /// <summary>Serializer options of the canonical format: camelCase, lower-case enums, indented, accents kept readable.</summary>
    public static JsonSerializerOptions Options { get; } = ReadableJson.Options(o =>
    {
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        o.TypeInfoResolver = DatasetJsonContext.Default.WithAddedModifier(OmitEmptyInitiatives);
    });

    // A dataset without initiatives is written (and hashed) exactly as before initiatives existed.
    internal static void OmitEmptyInitiatives(JsonTypeInfo type)
    {
        if (type.Type == typeof(Dataset))
        {
            var property = type.Properties.Single(p => p.Name == "initiatives");
            property.ShouldSerialize = static (_, value) => value is IReadOnlyList<Initiatives.Initiative> { Count: > 0 };
        }
    }

    private static JsonTypeInfo<Dataset> WriteTypeInfo => (JsonTypeInfo<Dataset>)Options.GetTypeInfo(typeof(Dataset));

    // The canonical options with requests and offers written by hand (LinkJson): the same bytes, without the
    // serializer's per-object metadata path for 50,000 links at M.
    private static JsonSerializerOptions Hashing { get; } = WithHandWrittenLinks(Options);

    private static JsonSerializerOptions WithHandWrittenLinks(JsonSerializerOptions canonical)
    {
        var options = new JsonSerializerOptions(canonical);
        LinkJson.AddTo(options);
        return options;
    }

    /// <summary>Reads a dataset from JSON text; <paramref name="origin"/> (a file name) prefixes syntax-error places.</summary>
    public static LoadResult Parse(string json, string origin = "<input>")
    {
        ArgumentNullException.ThrowIfNull(json);
        var bytes = Encoding.UTF8.GetBytes(json);
        return Read(new MemoryStream(bytes), origin, () => json, bytes.Length);
    }

    /// <summary>Reads and validates a dataset file, streaming it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="bytesRead">Told how many bytes have been read so far, for progress displays.</param>
    public static LoadResult Load(string path, IProgress<long>? bytesRead = null)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var stream = bytesRead is null ? (Stream)file : new ProgressStream(file, bytesRead);
        return Read(stream, path, () => File.ReadAllText(path), file.Length);
    }

    /// <summary>Writes <paramref name="dataset"/> in the canonical format.</summary>
    public static string Serialize(Dataset dataset) => JsonSerializer.Serialize(dataset, WriteTypeInfo) + "\n";

    /// <summary>Writes <paramref name="dataset"/> in the canonical format to <paramref name="utf8"/>, streaming.</summary>
    public static void Write(Stream utf8, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        JsonSerializer.Serialize(utf8, dataset, WriteTypeInfo);
        utf8.WriteByte((byte)'\n');
    }

    /// <summary>The rounds of a dataset as the canonical JSON array (how a store keeps them beside its tables).</summary>
    public static string SerializeRounds(IReadOnlyList<Round> rounds) =>
        JsonSerializer.Serialize(rounds, (JsonTypeInfo<IReadOnlyList<Round>>)Compact.GetTypeInfo(typeof(IReadOnlyList<Round>)));

    // The canonical format on one line: what a store keeps in a column or property.
    private static JsonSerializerOptions Compact { get; } = new(Options) { WriteIndented = false };

    /// <summary>Reads what <see cref="SerializeRounds"/> wrote.</summary>
    public static IReadOnlyList<Round> ParseRounds(string json) =>
        JsonSerializer.Deserialize(json, (JsonTypeInfo<IReadOnlyList<Round>>)Options.GetTypeInfo(typeof(IReadOnlyList<Round>)))
        ?? throw new JsonException("rounds are null");

    /// <summary>The canonical UTF-8 bytes of <paramref name="dataset"/> (what its version hashes).</summary>
    public static byte[] ToUtf8Bytes(Dataset dataset) => JsonSerializer.SerializeToUtf8Bytes(dataset, WriteTypeInfo);

    /// <summary>
    /// First 16 hex digits of the SHA-256 of the canonical bytes, hashed as they are written (never held whole). A
    /// dataset edited from one whose version was computed this way takes the bytes of the requests and offers they
    /// share from it (<see cref="CanonicalItems"/>), and keeps its own for the next edit. A plain dataset (no rounds, no
    /// initiatives) is written by hand (<see cref="CanonicalWriter"/>), without the serializer's metadata.
    /// </summary>
    internal static string VersionOf(Dataset dataset)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        // A writer over a hashing buffer, not a stream: the serializer then writes in one pass instead of its resumable
        // stream mode (which suspends and resumes at every flush); the writer options are the ones Options implies.
        using (var writer = new Utf8JsonWriter(new HashingBufferWriter(hash), new JsonWriterOptions { Indented = Options.WriteIndented, Encoder = Options.Encoder }))
        {
            if (dataset.EditedFrom is { } from)
            {
                dataset.EditedFrom = null;
                dataset.Canonical = CanonicalItems.Write(writer, dataset, from.TryGetTarget(out var before) ? before.Canonical : null);
            }
            else if (!CanonicalWriter.TryWrite(writer, dataset))
            {
                JsonSerializer.Serialize(writer, dataset, (JsonTypeInfo<Dataset>)Hashing.GetTypeInfo(typeof(Dataset)));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>Up to this size a file is read whole before it is deserialized (see <see cref="DatasetReader.Read(Stream)"/>).</summary>
    internal const long ReadWholeLimit = 64L << 20;

    private static LoadResult Read(Stream stream, string origin, Func<string> text, long length)
    {
        ShapeRead shape;
        if (length <= ReadWholeLimit)
        {
            // Straight into one array (one byte more than the length said, to see a file that grew since: then to the end).
            var bytes = new byte[length + 1];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read == bytes.Length)
            {
                using var whole = new MemoryStream();
                whole.Write(bytes);
                stream.CopyTo(whole);
                (bytes, read) = (whole.GetBuffer(), (int)whole.Length);
            }

            shape = DatasetReader.Read(bytes.AsSpan(0, read));
        }
        else
        {
            shape = DatasetReader.Read(stream);
        }

        if (shape.Dataset is null)
        {
            return LoadResult.Failed(Explain(shape, origin, text, length));
        }

        // Nearly every reader asks for the version next (a hash of the canonical bytes: 50 ms at M, seconds at L): on
        // a second core while the meaning checks run, a short `validate` waits for the longer of the two, not their
        // sum. Both only read the dataset. WaitAny does not throw: a version that fails (it cannot for a dataset the
        // reader built) is left for the caller to meet when it asks.
        var dataset = shape.Dataset;
        var hashing = Task.Run(() => dataset.Version);
        var report = DatasetValidator.Validate(dataset);
        Task.WaitAny(hashing);

        return new(report.IsValid ? dataset : null, report, []);
    }

    // The reader stops at the first problem; the schema names them all, with the words the contract uses.
    private static ValidationReport Explain(ShapeRead shape, string origin, Func<string> text, long length)
    {
        var readerSays = new ValidationReport([new(Severity.Error, shape.Place ?? "$",
            shape.Line is { } line ? $"{shape.Failure} (at {origin}:{line}:{shape.Column})" : shape.Failure ?? "not a dataset")]);
        if (length > ExplainWithSchemaLimit)
        {
            return readerSays;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text(), new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException ex)
        {
            var place = $"{origin}:{(ex.LineNumber ?? 0) + 1}:{(ex.BytePositionInLine ?? 0) + 1}";
            return new([new(Severity.Error, place, "invalid JSON: " + FirstSentence(ex.Message))]);
        }

        using (document)
        {
            var report = DatasetSchema.Explain(document.RootElement);
            return report.IsValid ? readerSays : report;
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
