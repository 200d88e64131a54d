using static CoopGraph.Domain.Formats.JsonBytes;
using static CoopGraph.Domain.Formats.JsonStrings;

namespace CoopGraph.Domain.Formats;

/// <summary>
/// Reads a document's own requests and offers (its top-level <c>requests</c> and <c>offers</c> arrays) straight from
/// the bytes for <see cref="DocumentScanner"/>. At M the links are 7.5 of the 8.2 MB; the serializer's reader scans each
/// string with vectorised helpers that ReadyToRun does not compile ahead of time, so a short <c>validate</c> ran them
/// unoptimised (0.3 s of a 0.8 s process). It takes only the strict canonical shape: objects of the schema's fields,
/// each once, strings, <c>null</c> where the schema allows it; anything else is declined (<see cref="JsonBytes"/>).
/// </summary>
internal static class LinkScanner
{
    private const int OfficeBit = 1, SubjectBit = 2, SourceBit = 4, ConfidenceBit = 8, NoteBit = 16, WordingBit = 32;
    private const int RequiredBits = OfficeBit | SubjectBit | SourceBit | ConfidenceBit;

    /// <summary>An array of requests (into <paramref name="requests"/>) or offers (into <paramref name="offers"/>), strictly.</summary>
    public static bool ReadLinks(ReadOnlySpan<byte> json, ref int i, AsciiStrings names, List<Request>? requests, List<Offer>? offers) =>
        ReadArray(json, ref i, new Into(names, requests, offers), static (ReadOnlySpan<byte> j, ref int k, Into into) => ReadLink(j, ref k, into));

    // Where the links read go (a class: ReadyToRun compiles the shared generic code for it).
    private sealed record Into(AsciiStrings Names, List<Request>? Requests, List<Offer>? Offers);

    // Office codes and subject ids repeat across links: one string each (names). A source names one answer, rarely twice.
    private static bool ReadLink(ReadOnlySpan<byte> json, ref int i, Into into)
    {
        var (names, requests, offers) = (into.Names, into.Requests, into.Offers);
        string? office = null, subject = null, wording = null, source = null, note = null;
        var (confidence, seen) = (Confidence.High, 0);
        for (var n = 0; ; n++)
        {
            var step = NextField(json, ref i, n, out var name);
            if (step != JsonStep.Value)
            {
                if (step == JsonStep.Declined || (seen & RequiredBits) != RequiredBits)
                {
                    return false;
                }

                requests?.Add(new Request(office!, subject!, source!, confidence, note));
                offers?.Add(new Offer(office!, subject!, wording, source!, confidence, note));
                return true;
            }

            var bit = Is(name, "office"u8) ? OfficeBit : Is(name, "subject"u8) ? SubjectBit : Is(name, "source"u8) ? SourceBit :
                Is(name, "confidence"u8) ? ConfidenceBit : Is(name, "note"u8) ? NoteBit : Is(name, "wording"u8) && offers is not null ? WordingBit : 0;
            var ok = Once(ref seen, bit) && bit switch
            {
                OfficeBit => ReadString(json, ref i, names, out office),
                SubjectBit => ReadString(json, ref i, names, out subject),
                SourceBit => ReadString(json, ref i, null, out source),
                NoteBit => ReadNullableString(json, ref i, out note),
                WordingBit => ReadNullableString(json, ref i, out wording),
                _ => ReadConfidence(json, ref i, out confidence),
            };
            if (!ok)
            {
                return false;
            }
        }
    }

    private static bool ReadConfidence(ReadOnlySpan<byte> json, ref int i, out Confidence confidence)
    {
        confidence = Confidence.High;
        var at = i + 1;
        if (json[i] != '"' || !SkipString(json, ref i, out var escaped) || escaped)
        {
            return false;
        }

        var text = json[at..(i - 1)];
        (var known, confidence) = Is(text, "high"u8) ? (true, Confidence.High) : Is(text, "medium"u8) ? (true, Confidence.Medium) :
            Is(text, "low"u8) ? (true, Confidence.Low) : (false, Confidence.High);
        return known;
    }
}
