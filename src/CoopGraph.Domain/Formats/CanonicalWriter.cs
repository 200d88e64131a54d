using System.Text.Json;

namespace CoopGraph.Domain.Formats;

/// <summary>
/// The canonical bytes of a plain dataset (no rounds, no initiatives: every generated file), written by hand. The
/// serializer would build a whole set of metadata for them, whose generic code over our records ReadyToRun cannot
/// precompile: in a short process (<c>validate</c>) its JIT cost most of the version. Anything else is declined and left
/// to the serializer, which then decides the bytes or the error (<c>CanonicalWriterTests</c> compare both).
/// </summary>
internal static class CanonicalWriter
{
    private static readonly JsonEncodedText FormatVersion = JsonEncodedText.Encode("formatVersion");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText Offices = JsonEncodedText.Encode("offices");
    private static readonly JsonEncodedText Areas = JsonEncodedText.Encode("areas");
    private static readonly JsonEncodedText Subjects = JsonEncodedText.Encode("subjects");
    private static readonly JsonEncodedText Requests = JsonEncodedText.Encode("requests");
    private static readonly JsonEncodedText Offers = JsonEncodedText.Encode("offers");
    private static readonly JsonEncodedText Networks = JsonEncodedText.Encode("networks");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText Aliases = JsonEncodedText.Encode("aliases");
    private static readonly JsonEncodedText Institution = JsonEncodedText.Encode("institution");
    private static readonly JsonEncodedText Attended = JsonEncodedText.Encode("attended");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Area = JsonEncodedText.Encode("area");
    private static readonly JsonEncodedText Request = JsonEncodedText.Encode("request");
    private static readonly JsonEncodedText CrossCutting = JsonEncodedText.Encode("crossCutting");
    private static readonly JsonEncodedText Description = JsonEncodedText.Encode("description");
    private static readonly JsonEncodedText Members = JsonEncodedText.Encode("members");

    /// <summary>
    /// Writes <paramref name="dataset"/> as the serializer would with <see cref="DatasetJson.Options"/>, or writes
    /// nothing and returns false when it is not plain.
    /// </summary>
    public static bool TryWrite(Utf8JsonWriter writer, Dataset dataset)
    {
        if (!IsPlain(dataset))
        {
            return false;
        }

        writer.WriteStartObject();
        writer.WriteNumber(FormatVersion, dataset.FormatVersion);
        writer.WriteString(Name, dataset.Name);
        writer.WriteString(Source, dataset.Source);
        writer.WriteStartArray(Offices);
        foreach (var o in dataset.Offices)
        {
            writer.WriteStartObject();
            writer.WriteString(Code, o.Code);
            writer.WriteString(Name, o.Name);
            Strings(writer, Aliases, o.Aliases);
            writer.WriteString(Institution, o.Institution);
            writer.WriteBoolean(Attended, o.Attended);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Areas);
        foreach (var a in dataset.Areas)
        {
            writer.WriteStartObject();
            writer.WriteString(Id, a.Id);
            writer.WriteString(Name, a.Name);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Subjects);
        foreach (var s in dataset.Subjects)
        {
            writer.WriteStartObject();
            writer.WriteString(Id, s.Id);
            writer.WriteString(Area, s.Area);
            writer.WriteString(Name, s.Name);
            writer.WriteString(Request, s.Request);
            writer.WriteBoolean(CrossCutting, s.CrossCutting);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Requests);
        foreach (var r in dataset.Requests)
        {
            LinkJson.WriteFields(writer, r.Office, r.Subject, offer: false, wording: null, r.Source, r.Confidence, r.Note);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Offers);
        foreach (var o in dataset.Offers)
        {
            LinkJson.WriteFields(writer, o.Office, o.Subject, offer: true, o.Wording, o.Source, o.Confidence, o.Note);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(Networks);
        foreach (var n in dataset.Networks)
        {
            writer.WriteStartObject();
            writer.WriteString(Id, n.Id);
            writer.WriteString(Name, n.Name);
            writer.WriteString(Description, n.Description);
            Strings(writer, Members, n.Members);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        // Rounds (null) and initiatives (none) are left out, as the serializer leaves them out.
        writer.WriteEndObject();
        return true;
    }

    private static void Strings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    // No rounds, no initiatives, no null where the records say there is none, every confidence a defined one: then the
    // serializer's bytes are exactly what is written above. One pass over the lists before a byte is written, so a
    // declined dataset is written by the serializer from its start.
    private static bool IsPlain(Dataset d) =>
        d is { Rounds: null, Initiatives.Count: 0, Name: not null, Offices: not null, Areas: not null, Subjects: not null, Requests: not null, Offers: not null, Networks: not null }
        && All(d.Offices, static o => o is { Code: not null, Name: not null, Aliases: not null } && All(o.Aliases, static a => a is not null))
        && All(d.Areas, static a => a is { Id: not null, Name: not null })
        && All(d.Subjects, static s => s is { Id: not null, Area: not null, Name: not null })
        && All(d.Requests, static r => r is { Office: not null, Subject: not null, Source: not null } && Enum.IsDefined(r.Confidence))
        && All(d.Offers, static o => o is { Office: not null, Subject: not null, Source: not null } && Enum.IsDefined(o.Confidence))
        && All(d.Networks, static n => n is { Id: not null, Name: not null, Members: not null } && All(n.Members, static m => m is not null));

    // A loop rather than LINQ's All: no generic LINQ instantiation to compile for a short process.
    private static bool All<T>(IReadOnlyList<T> items, Func<T, bool> plain)
    {
        foreach (var item in items)
        {
            if (!plain(item))
            {
                return false;
            }
        }

        return true;
    }
}
