namespace CoopGraph.Domain.Formats;

/// <summary>
/// The strict JSON pieces the scanners read a canonical document with, straight from the bytes with plain loops that
/// ReadyToRun compiles ahead of time. Each accepts only what the serializer accepts and reads it to the same value;
/// anything else returns false (declined: the caller leaves the document to the serializer, which decides). Every
/// method expects the position at the value's first byte (after whitespace).
/// </summary>
internal static class JsonBytes
{
    /// <summary>
    /// Past the separator before an object's next field (<paramref name="index"/> fields read so far; at 0 the position is
    /// at the opening brace): the field's name (unescaped only) with the position at its value, or the end of the object.
    /// </summary>
    public static JsonStep NextField(ReadOnlySpan<byte> json, ref int i, int index, out ReadOnlySpan<byte> name)
    {
        name = default;
        var step = Next(json, ref i, index, (byte)'}');
        var nameAt = i + 1;
        if (step != JsonStep.Value)
        {
            return step;
        }

        if (json[i] != '"' || !SkipString(json, ref i, out var escaped) || escaped || !Whitespace(json, ref i) || json[i] != ':')
        {
            return JsonStep.Declined;
        }

        name = json[nameAt..(i - 1)];
        i++;
        return Whitespace(json, ref i) ? JsonStep.Value : JsonStep.Declined;
    }

    /// <summary>
    /// Past the separator before an array's next item (<paramref name="index"/> items read so far; at 0 the position is at
    /// the opening bracket): the position at the item, or the end of the array.
    /// </summary>
    public static JsonStep NextItem(ReadOnlySpan<byte> json, ref int i, int index) => Next(json, ref i, index, (byte)']');

    // The opening bracket before the first, then the closing bracket, or (after the first) a comma; then the position
    // at what follows.
    private static JsonStep Next(ReadOnlySpan<byte> json, ref int i, int index, byte close)
    {
        if (index == 0)
        {
            if (json[i] != (close == '}' ? '{' : '['))
            {
                return JsonStep.Declined;
            }

            i++;
        }

        if (!Whitespace(json, ref i))
        {
            return JsonStep.Declined;
        }

        if (json[i] == close)
        {
            i++;
            return JsonStep.End;
        }

        if (index > 0)
        {
            if (json[i] != ',')
            {
                return JsonStep.Declined;
            }

            i++;
            if (!Whitespace(json, ref i))
            {
                return JsonStep.Declined;
            }
        }

        return JsonStep.Value;
    }

    /// <summary>Marks <paramref name="bit"/> seen; false when it was (a field given twice is left to the serializer).</summary>
    public static bool Once(ref int seen, int bit)
    {
        if (bit == 0 || (seen & bit) != 0)
        {
            return false;
        }

        seen |= bit;
        return true;
    }

    /// <summary>A string or <c>null</c>.</summary>
    public static bool ReadNullableString(ReadOnlySpan<byte> json, ref int i, out string? value)
    {
        value = null;
        if (json[i] == 'n')
        {
            return Literal(json, ref i, "null"u8);
        }

        var read = JsonStrings.ReadString(json, ref i, null, out var text);
        value = text;
        return read;
    }

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static bool ReadBool(ReadOnlySpan<byte> json, ref int i, out bool value)
    {
        value = json[i] == 't';
        return Literal(json, ref i, value ? "true"u8 : "false"u8);
    }

    /// <summary>
    /// A non-negative integer written plainly (no sign, fraction, exponent or leading zero) of at most nine digits: what
    /// a format version is; any other number is left to the serializer.
    /// </summary>
    public static bool ReadSmallInt(ReadOnlySpan<byte> json, ref int i, out int value)
    {
        value = 0;
        var start = i;
        while (i < json.Length && json[i] is >= (byte)'0' and <= (byte)'9' && i - start < 9)
        {
            value = (value * 10) + (json[i] - '0');
            i++;
        }

        var digits = i - start;
        return digits > 0 && !(digits > 1 && json[start] == '0') &&
            (i == json.Length || json[i] is not ((byte)'.' or (byte)'e' or (byte)'E' or (>= (byte)'0' and <= (byte)'9')));
    }

    /// <summary>An array of strings (no <c>null</c> among them: the caller's checks word that).</summary>
    public static bool ReadStringList(ReadOnlySpan<byte> json, ref int i, out List<string> list)
    {
        list = [];
        return ReadArray(json, ref i, list, static (ReadOnlySpan<byte> j, ref int k, List<string> into) =>
        {
            if (!JsonStrings.ReadString(j, ref k, null, out var item))
            {
                return false;
            }

            into.Add(item);
            return true;
        });
    }

    /// <summary>
    /// An array of items, each read by <paramref name="item"/> (at its first byte), strictly; <paramref name="state"/> is
    /// what the items are read into.
    /// </summary>
    public static bool ReadArray<TState>(ReadOnlySpan<byte> json, ref int i, TState state, ItemReader<TState> item)
    {
        for (var n = 0; ; n++)
        {
            var step = NextItem(json, ref i, n);
            if (step != JsonStep.Value)
            {
                return step == JsonStep.End;
            }

            if (!item(json, ref i, state))
            {
                return false;
            }
        }
    }

    /// <summary>Reads one array item (the position at its first byte) into <paramref name="state"/>.</summary>
    public delegate bool ItemReader<in TState>(ReadOnlySpan<byte> json, ref int i, TState state);

    /// <summary>Past a string starting at <c>json[i] == '"'</c> (its escapes skipped, not checked).</summary>
    public static bool SkipString(ReadOnlySpan<byte> json, ref int i, out bool escaped)
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

    /// <summary>Past any value, unchecked (for the serializer, which then reads and checks it).</summary>
    public static bool SkipValue(ReadOnlySpan<byte> json, ref int i)
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

    /// <summary>Skips whitespace; false at the end of the document.</summary>
    public static bool Whitespace(ReadOnlySpan<byte> json, ref int i)
    {
        // On a local: the indentation of a canonical file is a tenth of its bytes, and a counter behind a reference
        // is loaded and stored at every one of them.
        var k = i;
        while (k < json.Length && json[k] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            k++;
        }

        i = k;
        return k < json.Length;
    }

    /// <summary>Byte-for-byte equality (a loop ReadyToRun compiles, unlike the vectorised span helpers).</summary>
    public static bool Is(ReadOnlySpan<byte> text, ReadOnlySpan<byte> word)
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

    // A literal (null, true, false) whole; what follows it is the caller's to check.
    private static bool Literal(ReadOnlySpan<byte> json, ref int i, ReadOnlySpan<byte> word)
    {
        if (i + word.Length > json.Length || !Is(json.Slice(i, word.Length), word))
        {
            return false;
        }

        i += word.Length;
        return true;
    }
}
