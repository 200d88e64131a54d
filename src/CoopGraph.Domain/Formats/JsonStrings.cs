using System.Text;

namespace CoopGraph.Domain.Formats;

/// <summary>
/// JSON strings read straight from the bytes for the scanners (<see cref="JsonBytes"/>): plain ASCII widened at once,
/// anything else unescaped and decoded exactly as the serializer decodes it, or declined.
/// </summary>
internal static class JsonStrings
{
    // What the serializer decodes strings with (JsonReaderHelper): invalid UTF-8 is refused, not replaced.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// A string: ASCII without escapes widened here (shared through <paramref name="names"/> when given), anything else
    /// unescaped and decoded as the serializer does it.
    /// </summary>
    public static bool ReadString(ReadOnlySpan<byte> json, ref int i, AsciiStrings? names, out string value)
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
}
