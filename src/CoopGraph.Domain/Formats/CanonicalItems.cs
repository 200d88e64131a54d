using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CoopGraph.Domain.Formats;

/// <summary>
/// The canonical bytes of a dataset's requests and offers, each exactly as the canonical JSON writes it in
/// <c>$.requests</c> / <c>$.offers</c>, kept by item (records are immutable, so an item shared with an edited copy
/// has the same bytes there). The version of an edited dataset then re-hashes the whole canonical JSON without
/// writing again the items it shares with the dataset it was edited from: at 50,000 links that is the difference
/// between writing 8 MB of JSON and copying it. The bytes are the serializer's own: the framing around the items is
/// written by the serializer, and a new item is written by it at the same depth with the same options.
/// </summary>
internal sealed class CanonicalItems
{
    // Set while one version is computed on this thread (the serializer writes synchronously), read by the converters.
    [ThreadStatic]
    private static Scope? s_scope;

    // Items of the dataset's own lists sit at depth 2 ({ "requests": [ item ); those of earlier rounds deeper, written plainly.
    private const int ListItemDepth = 2;

    private CanonicalItems(IReadOnlyList<Request> requests, IReadOnlyList<Offer> offers)
    {
        Requests = new(requests);
        Offers = new(offers);
    }

    private Items<Request> Requests { get; }

    private Items<Offer> Offers { get; }

    /// <summary>The canonical options, with the requests and offers of the dataset's own lists written from kept bytes.</summary>
    private static JsonSerializerOptions ReusingOptions { get; } = Reusing(DatasetJson.Options);

    /// <summary>
    /// Writes <paramref name="dataset"/>'s canonical JSON to <paramref name="writer"/> like the plain serializer, taking
    /// the bytes of the items it shares with <paramref name="previous"/> from it; returns the bytes of every request and
    /// offer of <paramref name="dataset"/>, for the next edit.
    /// </summary>
    public static CanonicalItems Write(Utf8JsonWriter writer, Dataset dataset, CanonicalItems? previous)
    {
        var next = new CanonicalItems(dataset.Requests, dataset.Offers);
        using var scope = new Scope(writer.Options);
        next.Requests.Align(previous?.Requests);
        next.Offers.Align(previous?.Offers);
        s_scope = scope;
        try
        {
            scope.Next = next;
            JsonSerializer.Serialize(writer, dataset, (JsonTypeInfo<Dataset>)ReusingOptions.GetTypeInfo(typeof(Dataset)));
        }
        finally
        {
            s_scope = null;
        }

        return next;
    }

    private static JsonSerializerOptions Reusing(JsonSerializerOptions canonical)
    {
        var options = new JsonSerializerOptions(canonical);
        options.Converters.Add(new ItemConverter<Request>((JsonTypeInfo<Request>)canonical.GetTypeInfo(typeof(Request)), c => c.Requests));
        options.Converters.Add(new ItemConverter<Offer>((JsonTypeInfo<Offer>)canonical.GetTypeInfo(typeof(Offer)), c => c.Offers));
        return options;
    }

    /// <summary>
    /// One list's items and their bytes by position. An edit keeps the items before and after what it touched as the
    /// same objects in the same order, so the bytes of the longest common head and tail are taken over by position.
    /// </summary>
    private sealed class Items<T>(IReadOnlyList<T> items)
        where T : class
    {
        private readonly byte[]?[] _bytes = new byte[items.Count][];
        private int _written;

        public void Align(Items<T>? before)
        {
            if (before is null)
            {
                return;
            }

            var (old, count) = (before.List, items.Count);
            var shorter = Math.Min(old.Count, count);
            var head = 0;
            while (head < shorter && ReferenceEquals(old[head], items[head]))
            {
                _bytes[head] = before._bytes[head];
                head++;
            }

            for (var tail = 1; tail <= shorter - head && ReferenceEquals(old[^tail], items[count - tail]); tail++)
            {
                _bytes[count - tail] = before._bytes[old.Count - tail];
            }
        }

        private IReadOnlyList<T> List => items;

        // The items are written in list order; a value that is not the expected item (never, with the serializer) is
        // written anew rather than trusted.
        public byte[] Next(T value, Scope scope, JsonTypeInfo<T> plain)
        {
            var i = _written++;
            if (i < items.Count && ReferenceEquals(items[i], value))
            {
                return _bytes[i] ??= scope.Render(value, plain);
            }

            return scope.Render(value, plain);
        }
    }

    private sealed class ItemConverter<T>(JsonTypeInfo<T> plain, Func<CanonicalItems, Items<T>> list) : JsonConverter<T>
        where T : class
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("only for writing versions");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (s_scope is { Next: { } next } scope && writer.CurrentDepth == ListItemDepth)
            {
                writer.WriteRawValue(list(next).Next(value, scope, plain), skipInputValidation: true);
            }
            else
            {
                JsonSerializer.Serialize(writer, value, plain);
            }
        }
    }

    // One version's computation: the items being written, and a writer for new items.
    private sealed class Scope(JsonWriterOptions options) : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(1024);
        private Utf8JsonWriter? _writer;

        public CanonicalItems? Next { get; set; }

        public void Dispose() => _writer?.Dispose();

        // The item as the serializer writes it at list-item depth, as the first item of an object's array: with the
        // line break and indentation before it (the writer adds the separator to a raw value, not those).
        public byte[] Render<T>(T item, JsonTypeInfo<T> plain)
        {
            _buffer.ResetWrittenCount();
            if (_writer is null)
            {
                _writer = new Utf8JsonWriter(_buffer, options);
            }
            else
            {
                _writer.Reset(_buffer);
            }

            _writer.WriteStartObject();
            _writer.WritePropertyName("items");
            _writer.WriteStartArray();
            _writer.Flush();
            var start = _buffer.WrittenCount;
            JsonSerializer.Serialize(_writer, item, plain);
            _writer.Flush();
            return _buffer.WrittenSpan[start..].ToArray();
        }
    }
}
