using static CoopGraph.Domain.Formats.JsonBytes;

namespace CoopGraph.Domain.Formats;

/// <summary>What <see cref="DocumentScanner"/> read: the whole dataset, or its links and the rest for the serializer.</summary>
/// <param name="Whole">The dataset, when every top-level field was read by hand.</param>
/// <param name="Requests">The document's own requests.</param>
/// <param name="Offers">The document's own offers.</param>
/// <param name="Rest">Without <paramref name="Whole"/>: the document with its two link arrays emptied.</param>
internal sealed record ScannedDocument(Dataset? Whole, List<Request> Requests, List<Offer> Offers, byte[]? Rest);

/// <summary>
/// Reads a canonical document straight from its bytes (<see cref="LinkScanner"/>, <see cref="SectionScanner"/>): the
/// whole dataset when every top-level field is one of the plain shape and reads strictly; else (rounds, initiatives, a
/// field declined) its own requests and offers, with the rest of the document for the serializer. It declines what is
/// not a strict canonical document; the caller then reads it with the serializer, which decides (<c>LinkJsonTests</c>
/// compare every way on altered documents).
/// </summary>
internal static class DocumentScanner
{
    /// <summary>Reads <paramref name="json"/>; with <paramref name="sections"/> false, only the links by hand.</summary>
    public static ScannedDocument? TryRead(ReadOnlySpan<byte> json, bool sections = true)
    {
        var names = new AsciiStrings();
        var scanner = new SectionScanner(names);
        var (requests, offers) = (new List<Request>(), new List<Offer>());
        var (i, whole, requestsAt, requestsEnd, offersAt, offersEnd) = (0, sections, -1, -1, -1, -1);
        if (!Whitespace(json, ref i))
        {
            return null;
        }

        for (var n = 0; ; n++)
        {
            var step = NextField(json, ref i, n, out var name);
            if (step == JsonStep.End)
            {
                break;
            }

            if (step == JsonStep.Declined)
            {
                return null;
            }

            var at = i;
            if (Is(name, "requests"u8))
            {
                if (requestsAt >= 0 || !LinkScanner.ReadLinks(json, ref i, names, requests, null))
                {
                    return null;
                }

                (requestsAt, requestsEnd) = (at, i);
            }
            else if (Is(name, "offers"u8))
            {
                if (offersAt >= 0 || !LinkScanner.ReadLinks(json, ref i, names, null, offers))
                {
                    return null;
                }

                (offersAt, offersEnd) = (at, i);
            }
            else if (!whole || !scanner.TryRead(name, json, ref i))
            {
                // Left to the serializer, which reads the rest.
                (whole, i) = (false, at);
                if (!SkipValue(json, ref i))
                {
                    return null;
                }
            }
        }

        // Nothing but whitespace may follow; both arrays must be there (else the serializer words what is missing).
        if (Whitespace(json, ref i) || requestsAt < 0 || offersAt < 0)
        {
            return null;
        }

        return whole && scanner.Dataset(requests, offers) is { } dataset
            ? new(dataset, requests, offers, null)
            : new(null, requests, offers, WithoutLinks(json, (requestsAt, requestsEnd), (offersAt, offersEnd)));
    }

    // The document with each link array (from its '[' to its ']') replaced by "[]".
    private static byte[] WithoutLinks(ReadOnlySpan<byte> json, (int At, int End) a, (int At, int End) b)
    {
        var (first, second) = a.At < b.At ? (a, b) : (b, a);
        var rest = new byte[json.Length - (first.End - first.At) - (second.End - second.At) + 4];
        var written = 0;
        void Copy(ReadOnlySpan<byte> part, Span<byte> into)
        {
            part.CopyTo(into[written..]);
            written += part.Length;
        }

        Copy(json[..first.At], rest);
        Copy("[]"u8, rest);
        Copy(json[first.End..second.At], rest);
        Copy("[]"u8, rest);
        Copy(json[second.End..], rest);
        return rest;
    }
}
