using System.Text.Json;

namespace CoopGraph.Domain.Formats;

/// <summary>
/// The canonical bytes of a dataset without rounds or initiatives (every generated network, most files), written field
/// by field for its version: the serializer's metadata for the canonical options cost a short <c>validate</c> about
/// 50 ms to set up, a second time after the reader's (<c>LinkJsonTests</c> compare the hashes of both on random
/// datasets). A dataset with rounds or initiatives is left to the serializer.
/// </summary>
internal static class VersionWriter
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

    /// <summary>Writes <paramref name="dataset"/> as the canonical options would, or false (nothing written) when it has rounds or initiatives.</summary>
    public static bool TryWrite(Utf8JsonWriter writer, Dataset dataset)
    {
        if (dataset.Rounds is not null || dataset.Initiatives is { Count: > 0 })
        {
            return false;
        }

        writer.WriteStartObject();
        writer.WriteNumber(FormatVersion, dataset.FormatVersion);
        writer.WriteString(Name, dataset.Name);
        writer.WriteString(Source, dataset.Source);
        if (Start(writer, Offices, dataset.Offices) is { } offices)
        {
            foreach (var office in offices)
            {
                writer.WriteStartObject();
                writer.WriteString(Code, office.Code);
                writer.WriteString(Name, office.Name);
                Strings(writer, Aliases, office.Aliases);
                writer.WriteString(Institution, office.Institution);
                writer.WriteBoolean(Attended, office.Attended);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (Start(writer, Areas, dataset.Areas) is { } areas)
        {
            foreach (var area in areas)
            {
                writer.WriteStartObject();
                writer.WriteString(Id, area.Id);
                writer.WriteString(Name, area.Name);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (Start(writer, Subjects, dataset.Subjects) is { } subjects)
        {
            foreach (var subject in subjects)
            {
                writer.WriteStartObject();
                writer.WriteString(Id, subject.Id);
                writer.WriteString(Area, subject.Area);
                writer.WriteString(Name, subject.Name);
                writer.WriteString(Request, subject.Request);
                writer.WriteBoolean(CrossCutting, subject.CrossCutting);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (Start(writer, Requests, dataset.Requests) is { } requests)
        {
            foreach (var request in requests)
            {
                LinkJson.WriteRequest(writer, request);
            }

            writer.WriteEndArray();
        }

        if (Start(writer, Offers, dataset.Offers) is { } offers)
        {
            foreach (var offer in offers)
            {
                LinkJson.WriteOffer(writer, offer);
            }

            writer.WriteEndArray();
        }

        if (Start(writer, Networks, dataset.Networks) is { } networks)
        {
            foreach (var network in networks)
            {
                writer.WriteStartObject();
                writer.WriteString(Id, network.Id);
                writer.WriteString(Name, network.Name);
                writer.WriteString(Description, network.Description);
                Strings(writer, Members, network.Members);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        return true;
    }

    // The property and the array's start, or null written for a null list (as the serializer does).
    private static IReadOnlyList<T>? Start<T>(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<T>? items)
    {
        if (items is null)
        {
            writer.WriteNull(name);
            return null;
        }

        writer.WriteStartArray(name);
        return items;
    }

    private static void Strings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string>? items)
    {
        if (Start(writer, name, items) is { } strings)
        {
            foreach (var text in strings)
            {
                writer.WriteStringValue(text);
            }

            writer.WriteEndArray();
        }
    }
}
