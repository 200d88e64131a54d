using System.Text;

namespace CoopGraph.Domain.Formats;

/// <summary>
/// Reads a document's own requests and offers (its top-level <c>requests</c> and <c>offers</c> arrays) straight from
/// the bytes, and gives back the document with those two arrays emptied for the serializer to read. At M the links are
/// 7.5 of the 8.2 MB; the serializer's reader scans each string with vectorised helpers that ReadyToRun does not
/// compile ahead of time, so a short <c>validate</c> ran them unoptimised (0.3 s of a 0.8 s process). This is plain
/// loops in this assembly, compiled ahead of time. It takes only the strict canonical shape: objects of the schema's
/// fields, each once, strings (their escapes undone as JSON says; a surrogate escaped alone is declined), <c>null</c> where the schema allows it, no comments. It declines anything
/// else (the caller reads the document in full with the serializer, which decides), so it accepts nothing the serializer
/// would refuse and reads what it accepts to the same records (<c>LinkJsonTests</c> compare both on altered documents).
/// </summary>
internal static class LinkScanner
{
    // What the serializer decodes strings with (JsonReaderHelper): invalid UTF-8 is refused, not replaced.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The links and the rest of the document, or false when the scanner declines.</summary>
    public static bool TryRead(ReadOnlySpan<byte> json, out List<Request> requests, out List<Offer> offers, out byte[] rest)
    {
        (requests, offers, rest) = ([], [], []);
        var names = new AsciiStrings();
        var (i, requestsAt, requestsEnd, offersAt, offersEnd) = (0, -1, -1, -1, -1);
        if (!Whitespace(json, ref i) || json[i] != '{')
        {
            return false;
        }

        i++;
        while (true)
        {
            if (!Whitespace(json, ref i) || json[i] != '"')
            {
                return false;
            }

            var nameAt = i + 1;
            if (!SkipString(json, ref i, out var escaped) || !Whitespace(json, ref i) || json[i] != ':')
            {
                return false;
            }

            var name = json[nameAt..(i - 1)];
            i++;
            if (!Whitespace(json, ref i))
            {
                return false;
            }

            if (!escaped && Is(name, "requests"u8))
            {
                if (requestsAt >= 0 || !ReadLinks(json, ref i, names, requests, null))
                {
                    return false;
                }

                (requestsAt, requestsEnd) = (nameAt + name.Length + 1, i);
            }
            else if (!escaped && Is(name, "offers"u8))
            {
                if (offersAt >= 0 || !ReadLinks(json, ref i, names, null, offers))
                {
                    return false;
                }

                (offersAt, offersEnd) = (nameAt + name.Length + 1, i);
            }
            else if (!SkipValue(json, ref i))
            {
                return false;
            }

            if (!Whitespace(json, ref i))
            {
                return false;
            }

            if (json[i] == '}')
            {
                i++;
                break;
            }

            if (json[i] != ',')
            {
                return false;
            }

            i++;
        }

        // Nothing but whitespace may follow; both arrays must be there (else the serializer words what is missing).
        if (Whitespace(json, ref i) || requestsAt < 0 || offersAt < 0)
        {
            return false;
        }

        rest = WithoutLinks(json, (requestsAt, requestsEnd), (offersAt, offersEnd));
        return true;
    }

    // The document with each link array's value (from after its name's closing quote to its ']') replaced by ": []".
    private static byte[] WithoutLinks(ReadOnlySpan<byte> json, (int At, int End) a, (int At, int End) b)
    {
        var (first, second) = a.At < b.At ? (a, b) : (b, a);
        var rest = new byte[json.Length - (first.End - first.At) - (second.End - second.At) + 8];
        var written = 0;
        void Copy(ReadOnlySpan<byte> part, Span<byte> into)
        {
            part.CopyTo(into[written..]);
            written += part.Length;
        }

        Copy(json[..first.At], rest);
        Copy(": []"u8, rest);
        Copy(json[first.End..second.At], rest);
        Copy(": []"u8, rest);
        Copy(json[second.End..], rest);
        return rest;
    }

    // An array of requests (into requests) or offers (into offers), strictly.
    private static bool ReadLinks(ReadOnlySpan<byte> json, ref int i, AsciiStrings names, List<Request>? requests, List<Offer>? offers)
    {
        if (json[i] != '[')
        {
            return false;
        }

        i++;
        if (!Whitespace(json, ref i))
        {
            return false;
        }

        if (json[i] == ']')
        {
            i++;
            return true;
        }

        while (true)
        {
            if (!ReadLink(json, ref i, names, requests, offers) || !Whitespace(json, ref i))
            {
                return false;
            }

            if (json[i] == ']')
            {
                i++;
                return true;
            }

            if (json[i] != ',')
            {
                return false;
            }

            i++;
            if (!Whitespace(json, ref i))
            {
                return false;
            }
        }
    }

    private const int OfficeBit = 1, SubjectBit = 2, SourceBit = 4, ConfidenceBit = 8, NoteBit = 16, WordingBit = 32;
    private const int RequiredBits = OfficeBit | SubjectBit | SourceBit | ConfidenceBit;

    // Office codes, subject ids and sources repeat across links: one string each (names).
    private static bool ReadLink(ReadOnlySpan<byte> json, ref int i, AsciiStrings names, List<Request>? requests, List<Offer>? offers)
    {
        if (json[i] != '{')
        {
            return false;
        }

        i++;
        string? office = null, subject = null, wording = null, source = null, note = null;
        var (confidence, seen) = (Confidence.High, 0);
        while (true)
        {
            if (!Whitespace(json, ref i) || json[i] != '"')
            {
                return false;
            }

            var nameAt = i + 1;
            if (!SkipString(json, ref i, out var escaped) || escaped || !Whitespace(json, ref i) || json[i] != ':')
            {
                return false;
            }

            var name = json[nameAt..(i - 1)];
            i++;
            if (!Whitespace(json, ref i))
            {
                return false;
            }

            var bit = Is(name, "office"u8) ? OfficeBit : Is(name, "subject"u8) ? SubjectBit : Is(name, "source"u8) ? SourceBit :
                Is(name, "confidence"u8) ? ConfidenceBit : Is(name, "note"u8) ? NoteBit : Is(name, "wording"u8) && offers is not null ? WordingBit : 0;
            if (bit == 0 || (seen & bit) != 0)
            {
                return false;
            }

            seen |= bit;
            var ok = bit switch
            {
                OfficeBit => ReadString(json, ref i, names, out office),
                SubjectBit => ReadString(json, ref i, names, out subject),
                SourceBit => ReadString(json, ref i, names, out source),
                NoteBit => ReadNullableString(json, ref i, out note),
                WordingBit => ReadNullableString(json, ref i, out wording),
                _ => ReadConfidence(json, ref i, out confidence),
            };
            if (!ok || !Whitespace(json, ref i))
            {
                return false;
            }

            if (json[i] == '}')
            {
                i++;
                break;
            }

            if (json[i] != ',')
            {
                return false;
            }

            i++;
        }

        if ((seen & RequiredBits) != RequiredBits)
        {
            return false;
        }

        requests?.Add(new Request(office!, subject!, source!, confidence, note));
        offers?.Add(new Offer(office!, subject!, wording, source!, confidence, note));
        return true;
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

    private static bool ReadNullableString(ReadOnlySpan<byte> json, ref int i, out string? value)
    {
        value = null;
        if (json[i] == 'n')
        {
            if (i + 4 <= json.Length && Is(json.Slice(i, 4), "null"u8))
            {
                i += 4;
                return true;
            }

            return false;
        }

        var read = ReadString(json, ref i, null, out var text);
        value = text;
        return read;
    }

    // A string: ASCII without escapes widened here (shared through names when given), anything else unescaped and
    // decoded as the serializer does it.
    private static bool ReadString(ReadOnlySpan<byte> json, ref int i, AsciiStrings? names, out string value)
    {
        value = "";
        if (json[i] != '"')
        {
            return false;
        }

        var at = i + 1;
        var plain = true;
        for (var j = at; j < json.Length; j++)
        {
            var b = json[j];
            if (b == '"')
            {
                i = j + 1;
                if (plain)
                {
                    value = names is null ? AsciiStrings.Widen(json[at..j]) : names.Get(json[at..j]);
                    return true;
                }

                return Decode(json[at..j], out value);
            }

            if (b == '\\')
            {
                plain = false;
                j++;
            }
            else if (b < 0x20)
            {
                return false;
            }

            plain &= b < 0x80;
        }

        return false;
    }

    // The escapes of JSON undone (a surrogate escaped alone is left to the serializer, which refuses it), then strict UTF-8.
    private static bool Decode(ReadOnlySpan<byte> escaped, out string value)
    {
        value = "";
        var utf8 = new byte[escaped.Length];
        var n = 0;
        Span<char> chars = stackalloc char[2];
        for (var k = 0; k < escaped.Length; k++)
        {
            if (escaped[k] != '\\')
            {
                utf8[n++] = escaped[k];
                continue;
            }

            k++;
            var count = 1;
            switch (escaped[k])
            {
                case (byte)'"' or (byte)'\\' or (byte)'/':
                    chars[0] = (char)escaped[k];
                    break;
                case (byte)'b':
                    chars[0] = '\b';
                    break;
                case (byte)'f':
                    chars[0] = '\f';
                    break;
                case (byte)'n':
                    chars[0] = '\n';
                    break;
                case (byte)'r':
                    chars[0] = '\r';
                    break;
                case (byte)'t':
                    chars[0] = '\t';
                    break;
                case (byte)'u':
                    var code = k + 4 < escaped.Length ? Hex(escaped.Slice(k + 1, 4)) : -1;
                    k += 4;
                    if (code < 0)
                    {
                        return false;
                    }

                    chars[0] = (char)code;
                    if (char.IsHighSurrogate(chars[0]))
                    {
                        // Only as a pair: \uD83D\uDE00.
                        var low = k + 6 < escaped.Length && escaped[k + 1] == '\\' && escaped[k + 2] == 'u' ? Hex(escaped.Slice(k + 3, 4)) : -1;
                        if (low < 0 || !char.IsLowSurrogate((char)low))
                        {
                            return false;
                        }

                        (chars[1], count, k) = ((char)low, 2, k + 6);
                    }
                    else if (char.IsSurrogate(chars[0]))
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }

            n += Encoding.UTF8.GetBytes(chars[..count], utf8.AsSpan(n));
        }

        try
        {
            value = StrictUtf8.GetString(utf8, 0, n);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    // The value of four hex digits, or -1.
    private static int Hex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var d in digits)
        {
            var v = d is >= (byte)'0' and <= (byte)'9' ? d - '0' : d is >= (byte)'a' and <= (byte)'f' ? d - 'a' + 10 : d is >= (byte)'A' and <= (byte)'F' ? d - 'A' + 10 : -1;
            if (v < 0)
            {
                return -1;
            }

            value = (value * 16) + v;
        }

        return value;
    }

    // Past a string starting at json[i] == '"' (its escapes skipped, not checked: the serializer reads what is left).
    private static bool SkipString(ReadOnlySpan<byte> json, ref int i, out bool escaped)
    {
        escaped = false;
        for (var j = i + 1; j < json.Length; j++)
        {
            var b = json[j];
            if (b == '"')
            {
                i = j + 1;
                return true;
            }

            if (b == '\\')
            {
                escaped = true;
                j++;
            }
            else if (b < 0x20)
            {
                return false;
            }
        }

        return false;
    }

    // Past any value but a link array, copied as it is for the serializer, which checks it.
    private static bool SkipValue(ReadOnlySpan<byte> json, ref int i)
    {
        var depth = 0;
        do
        {
            if (i >= json.Length)
            {
                return false;
            }

            switch (json[i])
            {
                case (byte)'"':
                    if (!SkipString(json, ref i, out _))
                    {
                        return false;
                    }

                    break;
                case (byte)'{' or (byte)'[':
                    depth++;
                    i++;
                    break;
                case (byte)'}' or (byte)']':
                    if (--depth < 0)
                    {
                        return false;
                    }

                    i++;
                    break;
                case (byte)',' or (byte)':' or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r':
                    if (depth == 0)
                    {
                        return false;
                    }

                    i++;
                    break;
                default:
                    // A number or a literal: its bytes up to the next delimiter.
                    var start = i;
                    while (i < json.Length && json[i] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)':' or (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'"' or (byte)'{' or (byte)'['))
                    {
                        i++;
                    }

                    if (i == start)
                    {
                        return false;
                    }

                    break;
            }
        }
        while (depth > 0);
        return true;
    }

    // Skips whitespace; false at the end of the document.
    private static bool Whitespace(ReadOnlySpan<byte> json, ref int i)
    {
        while (i < json.Length && json[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            i++;
        }

        return i < json.Length;
    }

    private static bool Is(ReadOnlySpan<byte> text, ReadOnlySpan<byte> word)
    {
        if (text.Length != word.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (text[k] != word[k])
            {
                return false;
            }
        }

        return true;
    }
}
