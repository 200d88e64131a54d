using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CoopGraph.Domain.Formats;

/// <summary>What the streaming reader made of a document: the dataset, or where and why its shape is wrong.</summary>
/// <param name="Dataset">The dataset (not yet validated for meaning), or null.</param>
/// <param name="Place">JSON path of the first shape problem.</param>
/// <param name="Failure">The first shape problem, in the reader's words.</param>
/// <param name="Line">1-based line of the problem, when the reader knows it.</param>
/// <param name="Column">1-based column (byte in line) of the problem, when the reader knows it.</param>
internal sealed record ShapeRead(Dataset? Dataset, string? Place = null, string? Failure = null, long? Line = null, long? Column = null);

/// <summary>
/// Reads the canonical format in one streaming pass with source-generated metadata, checking the shape that
/// data/coopgraph.schema.json documents (required fields, types, no unknown properties, exact enum spellings).
/// The schema itself is evaluated only to explain a document this reader refused (<see cref="DatasetJson"/>);
/// <c>SchemaAgreementTests</c> keep the two in agreement.
/// </summary>
internal static class DatasetReader
{
    // The "required" lists of the schema, by type.
    private static readonly Dictionary<Type, string[]> Required = new()
    {
        [typeof(Dataset)] = ["formatVersion", "name", "offices", "areas", "subjects", "requests", "offers"],
        [typeof(Office)] = ["code", "name"],
        [typeof(Area)] = ["id", "name"],
        [typeof(Subject)] = ["id", "area", "name"],
        [typeof(Request)] = ["office", "subject", "source", "confidence"],
        [typeof(Offer)] = ["office", "subject", "source", "confidence"],
        [typeof(Network)] = ["id", "name"],
        [typeof(Initiatives.Initiative)] = ["id", "title", "subject", "requestOffices", "offerOffices", "steps"],
        [typeof(Initiatives.InitiativeStep)] = ["status", "at", "actor"],
        [typeof(Round)] = ["id", "name", "date", "kind"],
        [typeof(Citation)] = ["role", "office", "subject", "line"],
    };

    // The serializer's own metadata, which decides every question (and words every refusal)...
    private static readonly Lazy<JsonTypeInfo<Dataset>> Exact = new(() => CreateTypeInfo(handReadLinks: false));

    // ...and the same with requests and offers read by hand (LinkJson), which leaves anything unusual to Exact.
    private static readonly Lazy<JsonTypeInfo<Dataset>> HandReadLinks = new(() => CreateTypeInfo(handReadLinks: true));

    public static ShapeRead Read(string json) => Read(Encoding.UTF8.GetBytes(json));

    /// <summary>
    /// Reads a document held whole in memory, the fastest way that applies: straight from the bytes
    /// (<see cref="DocumentScanner"/>: the whole plain document, or its own requests and offers with the serializer
    /// reading the rest), else every request and offer by hand within the serializer (<see cref="LinkJson"/>), else
    /// (each declines anything unusual, and a refused document always gets here) the whole document with the
    /// serializer's metadata alone, so a refused document gets the serializer's words and place.
    /// </summary>
    public static ShapeRead Read(ReadOnlySpan<byte> utf8) => ReadScanned(utf8) ?? ReadByHand(utf8) ?? ReadExactly(utf8);

    /// <summary>
    /// The first way of <see cref="Read(ReadOnlySpan{byte})"/> (with <paramref name="sections"/> false, only the links
    /// by hand): null when the scanner or the serializer declined.
    /// </summary>
    internal static ShapeRead? ReadScanned(ReadOnlySpan<byte> utf8, bool sections = true)
    {
        if (DocumentScanner.TryRead(utf8, sections) is not { } scanned)
        {
            return null;
        }

        if (scanned.Whole is { } whole)
        {
            return Check(whole);
        }

        try
        {
            return JsonSerializer.Deserialize(scanned.Rest, HandReadLinks.Value) is { } d ? Check(d with { Requests = scanned.Requests, Offers = scanned.Offers }) : null;
        }
        catch (Exception ex) when (ex is LinkJson.Declined or JsonException)
        {
            return null;
        }
    }

    /// <summary>The second way of <see cref="Read(ReadOnlySpan{byte})"/>: null when the hand reader declined or the document was refused.</summary>
    internal static ShapeRead? ReadByHand(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return Check(JsonSerializer.Deserialize(utf8, HandReadLinks.Value));
        }
        catch (Exception ex) when (ex is LinkJson.Declined or JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads a document held whole in memory with the serializer's metadata alone (what <see cref="Read(ReadOnlySpan{byte})"/> falls back to).</summary>
    internal static ShapeRead ReadExactly(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return Check(JsonSerializer.Deserialize(utf8, Exact.Value));
        }
        catch (JsonException ex)
        {
            return Refused(ex);
        }
    }

    /// <summary>
    /// Reads a document from a stream. The dataset is a record read through its constructor, so System.Text.Json reads
    /// each constructor argument (the whole requests array, the whole offers array) ahead into its buffer before
    /// converting it, growing and rescanning the buffer as it goes: below a few tens of MiB, reading the document
    /// whole first (<see cref="Read(ReadOnlySpan{byte})"/>) costs the same memory and half the time.
    /// </summary>
    public static ShapeRead Read(Stream utf8)
    {
        try
        {
            return Check(JsonSerializer.Deserialize(utf8, Exact.Value));
        }
        catch (JsonException ex)
        {
            return Refused(ex);
        }
    }

    private static ShapeRead Refused(JsonException ex)
    {
        var cut = ex.Message.IndexOf(" Path:", StringComparison.Ordinal);
        return new(null, ex.Path ?? "$", cut > 0 ? ex.Message[..cut] : ex.Message, ex.LineNumber + 1, ex.BytePositionInLine + 1);
    }

    private static ShapeRead Check(Dataset? d)
    {
        if (d is null)
        {
            return new(null, "$", "the document is null, expected an object");
        }

        if (d.FormatVersion is not (Dataset.CurrentFormatVersion or Dataset.RoundsFormatVersion))
        {
            return new(null, "$.formatVersion", $"format version {d.FormatVersion} is not supported (expected {Dataset.CurrentFormatVersion}, or {Dataset.RoundsFormatVersion} with rounds)");
        }

        for (var i = 0; i < d.Rounds?.Count; i++)
        {
            if (d.Rounds[i].Date is null)
            {
                return new(null, $"$.rounds[{i}].date", "date is null, expected an ISO date such as \"2022-10-04\" or a month such as \"2022-04\"");
            }

            if (d.Rounds[i].Kind is null)
            {
                return new(null, $"$.rounds[{i}].kind", "kind is null, expected \"survey\", \"meeting\" or \"follow-up\"");
            }
        }

        if (d.Name.Length == 0)
        {
            return new(null, "$.name", "dataset name is empty");
        }

        // Nullable annotations do not reach list elements: a null alias or member is a shape error too.
        for (var i = 0; i < d.Offices.Count; i++)
        {
            if (d.Offices[i].Aliases?.Contains(null!) == true)
            {
                return new(null, $"$.offices[{i}].aliases", "an alias is null");
            }
        }

        for (var i = 0; i < d.Networks?.Count; i++)
        {
            if (d.Networks[i].Members?.Contains(null!) == true)
            {
                return new(null, $"$.networks[{i}].members", "a member is null");
            }
        }

        for (var i = 0; i < d.Initiatives?.Count; i++)
        {
            var x = d.Initiatives[i];
            if (x.RequestOffices.Contains(null!) || x.OfferOffices.Contains(null!) || x.Steps.Contains(null!))
            {
                return new(null, $"$.initiatives[{i}]", "an office code or step is null");
            }
        }

        return new(Normalize(d));
    }

    // Optional arrays may be absent in hand-written files; the model never holds null lists.
    private static Dataset Normalize(Dataset d)
    {
        var offices = d.Offices.Any(o => o.Aliases is null) ? [.. d.Offices.Select(o => o with { Aliases = o.Aliases ?? [] })] : d.Offices;
        var networks = d.Networks is null ? [] :
            d.Networks.Any(n => n.Members is null) ? [.. d.Networks.Select(n => n with { Members = n.Members ?? [] })] : d.Networks;
        var initiatives = d.Initiatives ?? [];
        return ReferenceEquals(offices, d.Offices) && ReferenceEquals(networks, d.Networks) && ReferenceEquals(initiatives, d.Initiatives)
            ? d : d with { Offices = offices, Networks = networks, Initiatives = initiatives };
    }

    private static JsonTypeInfo<Dataset> CreateTypeInfo(bool handReadLinks)
    {
        var options = new JsonSerializerOptions(DatasetJson.Options)
        {
            // The schema is case-sensitive, takes numbers only as numbers and knows every property.
            PropertyNameCaseInsensitive = false,
            NumberHandling = JsonNumberHandling.Strict,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            AllowTrailingCommas = false,
            TypeInfoResolver = DatasetJsonContext.Default.WithAddedModifier(ApplySchemaRules),
        };
        options.Converters.Insert(0, new ExactConfidenceConverter());
        options.Converters.Insert(0, new ExactRoundKindConverter());
        if (handReadLinks)
        {
            LinkJson.AddTo(options);
        }

        return (JsonTypeInfo<Dataset>)options.GetTypeInfo(typeof(Dataset));
    }

    private static void ApplySchemaRules(JsonTypeInfo type)
    {
        if (!Required.TryGetValue(type.Type, out var required))
        {
            return;
        }

        foreach (var property in type.Properties)
        {
            property.IsRequired = required.Contains(property.Name);
        }

        if (type.Type == typeof(Dataset))
        {
            // "$schema" lets editors find the schema; it carries no data.
            var schema = type.CreateJsonPropertyInfo(typeof(string), "$schema");
            schema.Set = static (_, _) => { };
            schema.IsSetNullable = false;
            type.Properties.Add(schema);
        }
    }

    /// <summary>Exactly <c>high</c>, <c>medium</c> or <c>low</c>, as the schema's enum says (no other case, no numbers).</summary>
    private sealed class ExactConfidenceConverter : JsonConverter<Confidence>
    {
        public override Confidence Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType != JsonTokenType.String ? throw new JsonException("confidence must be \"high\", \"medium\" or \"low\"") :
            reader.ValueTextEquals("high"u8) ? Confidence.High :
            reader.ValueTextEquals("medium"u8) ? Confidence.Medium :
            reader.ValueTextEquals("low"u8) ? Confidence.Low :
            throw new JsonException("confidence must be \"high\", \"medium\" or \"low\"");

        public override void Write(Utf8JsonWriter writer, Confidence value, JsonSerializerOptions options) =>
            writer.WriteStringValue(ConfidenceText.Of(value));
    }

    /// <summary>Exactly <c>survey</c>, <c>meeting</c> or <c>follow-up</c>, as the schema's enum says.</summary>
    private sealed class ExactRoundKindConverter : JsonConverter<RoundKind>
    {
        public override RoundKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType != JsonTokenType.String ? throw new JsonException("kind must be \"survey\", \"meeting\" or \"follow-up\"") :
            reader.ValueTextEquals("survey"u8) ? RoundKind.Survey :
            reader.ValueTextEquals("meeting"u8) ? RoundKind.Meeting :
            reader.ValueTextEquals("follow-up"u8) ? RoundKind.FollowUp :
            throw new JsonException("kind must be \"survey\", \"meeting\" or \"follow-up\"");

        public override void Write(Utf8JsonWriter writer, RoundKind value, JsonSerializerOptions options) =>
            writer.WriteStringValue(RoundKinds.Name(value));
    }
}
