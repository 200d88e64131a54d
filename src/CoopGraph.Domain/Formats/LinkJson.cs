using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CoopGraph.Domain.Formats;

/// <summary>
/// Requests and offers, read and written by hand: at M they are 50,000 of the file's objects, and the serializer's
/// metadata path (a record read through its constructor: argument caches, a read-stack frame pushed and popped per
/// object) cost most of a <c>validate</c>. Reading accepts only what the serializer would read to the same record (the
/// fields of the schema, each once, with the types it allows); anything else is <see cref="LinkJson.Declined"/>, and the
/// caller reads the document again with the serializer's own metadata, which decides and words the error. Writing gives
/// the serializer's bytes exactly (<c>LinkJsonTests</c> compare both on random links).
/// </summary>
internal static class LinkJson
{
    private static readonly JsonEncodedText Office = JsonEncodedText.Encode("office");
    private static readonly JsonEncodedText Subject = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText Wording = JsonEncodedText.Encode("wording");
    private static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText ConfidenceName = JsonEncodedText.Encode("confidence");
    private static readonly JsonEncodedText Note = JsonEncodedText.Encode("note");

    /// <summary>Adds the request and offer converters to <paramref name="options"/>, ahead of any other.</summary>
    public static void AddTo(JsonSerializerOptions options)
    {
        options.Converters.Insert(0, new RequestConverter());
        options.Converters.Insert(0, new OfferConverter());
    }

    /// <summary>A link this reader leaves to the serializer (never a <see cref="JsonException"/>, which it would wrap).</summary>
    public sealed class Declined : Exception
    {
        public Declined()
            : base("left to the serializer")
        {
        }

        public Declined(string message)
            : base(message)
        {
        }

        public Declined(string message, Exception inner)
            : base(message, inner)
        {
        }
    }

    // Bits of the fields read so far (a field read twice is left to the serializer).
    private const int OfficeBit = 1, SubjectBit = 2, SourceBit = 4, ConfidenceBit = 8, NoteBit = 16, WordingBit = 32;
    private const int RequiredBits = OfficeBit | SubjectBit | SourceBit | ConfidenceBit;

    private sealed class RequestConverter : JsonConverter<Request>
    {
        private static JsonTypeInfo<Request> Plain => (JsonTypeInfo<Request>)DatasetJson.Options.GetTypeInfo(typeof(Request));

        public override Request Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var link = ReadFields(ref reader, wordingAllowed: false);
            return new Request(link.Office, link.Subject, link.Source, link.Confidence, link.Note);
        }

        public override void Write(Utf8JsonWriter writer, Request value, JsonSerializerOptions options)
        {
            if (!Enum.IsDefined(value.Confidence))
            {
                JsonSerializer.Serialize(writer, value, Plain);
                return;
            }

            WriteFields(writer, value.Office, value.Subject, offer: false, wording: null, value.Source, value.Confidence, value.Note);
        }
    }

    private sealed class OfferConverter : JsonConverter<Offer>
    {
        private static JsonTypeInfo<Offer> Plain => (JsonTypeInfo<Offer>)DatasetJson.Options.GetTypeInfo(typeof(Offer));

        public override Offer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var link = ReadFields(ref reader, wordingAllowed: true);
            return new Offer(link.Office, link.Subject, link.Wording, link.Source, link.Confidence, link.Note);
        }

        public override void Write(Utf8JsonWriter writer, Offer value, JsonSerializerOptions options)
        {
            if (!Enum.IsDefined(value.Confidence))
            {
                JsonSerializer.Serialize(writer, value, Plain);
                return;
            }

            WriteFields(writer, value.Office, value.Subject, offer: true, value.Wording, value.Source, value.Confidence, value.Note);
        }
    }

    private readonly record struct LinkFields(string Office, string Subject, string? Wording, string Source, Confidence Confidence, string? Note);

    // The fields of a request (wording not allowed) or an offer, strictly; anything else is declined.
    private static LinkFields ReadFields(ref Utf8JsonReader reader, bool wordingAllowed)
    {
        try
        {
            string? office = null, subject = null, wording = null, source = null, note = null;
            var (confidence, seen) = (Confidence.High, 0);
            Start(ref reader);
            while (NextProperty(ref reader))
            {
                if (reader.ValueTextEquals("office"u8))
                {
                    office = Text(ref reader, ref seen, OfficeBit);
                }
                else if (reader.ValueTextEquals("subject"u8))
                {
                    subject = Text(ref reader, ref seen, SubjectBit);
                }
                else if (wordingAllowed && reader.ValueTextEquals("wording"u8))
                {
                    wording = NullableText(ref reader, ref seen, WordingBit);
                }
                else if (reader.ValueTextEquals("source"u8))
                {
                    source = Text(ref reader, ref seen, SourceBit);
                }
                else if (reader.ValueTextEquals("confidence"u8))
                {
                    confidence = ReadConfidence(ref reader, ref seen);
                }
                else if (reader.ValueTextEquals("note"u8))
                {
                    note = NullableText(ref reader, ref seen, NoteBit);
                }
                else
                {
                    throw new Declined();
                }
            }

            return (seen & RequiredBits) == RequiredBits ? new LinkFields(office!, subject!, wording, source!, confidence, note) : throw new Declined();
        }
        catch (Exception ex) when (ex is not Declined)
        {
            throw new Declined("the reader refused the link", ex);
        }
    }

    // The serializer's bytes: an offer writes its wording even when null; a request has none (also CanonicalWriter's).
    internal static void WriteFields(Utf8JsonWriter writer, string office, string subject, bool offer, string? wording, string source, Confidence confidence, string? note)
    {
        writer.WriteStartObject();
        writer.WriteString(Office, office);
        writer.WriteString(Subject, subject);
        if (offer)
        {
            writer.WriteString(Wording, wording);
        }

        writer.WriteString(Source, source);
        writer.WriteString(ConfidenceName, ConfidenceText.Of(confidence));
        writer.WriteString(Note, note);
        writer.WriteEndObject();
    }

    private static void Start(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new Declined();
        }
    }

    // True at the next property name, false at the end of the object.
    private static bool NextProperty(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType switch
        {
            JsonTokenType.PropertyName => true,
            JsonTokenType.EndObject => false,
            _ => throw new Declined(),
        };

    private static void Once(ref int seen, int bit)
    {
        if ((seen & bit) != 0)
        {
            throw new Declined();
        }

        seen |= bit;
    }

    private static string Text(ref Utf8JsonReader reader, ref int seen, int bit)
    {
        Once(ref seen, bit);
        return reader.Read() && reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new Declined();
    }

    private static string? NullableText(ref Utf8JsonReader reader, ref int seen, int bit)
    {
        Once(ref seen, bit);
        return !reader.Read() ? throw new Declined() :
            reader.TokenType == JsonTokenType.Null ? null :
            reader.TokenType == JsonTokenType.String ? reader.GetString() :
            throw new Declined();
    }

    private static Confidence ReadConfidence(ref Utf8JsonReader reader, ref int seen)
    {
        Once(ref seen, ConfidenceBit);
        return !reader.Read() || reader.TokenType != JsonTokenType.String ? throw new Declined() :
            reader.ValueTextEquals("high"u8) ? Confidence.High :
            reader.ValueTextEquals("medium"u8) ? Confidence.Medium :
            reader.ValueTextEquals("low"u8) ? Confidence.Low :
            throw new Declined();
    }
}
