namespace CoopGraph.Domain.Formats;

/// <summary>
/// One string per distinct short ASCII text, for the values a document repeats: M's 50,000 links name about 2,200
/// distinct offices and subjects, so the scanner allocated 100,000 strings where 2,200 do. An open-addressing table
/// of the strings themselves (no framework generic over a value type, so ReadyToRun compiles all of it).
/// </summary>
internal sealed class AsciiStrings
{
    // Longer texts are rarely repeated: hashing and comparing them would cost more than it saves.
    private const int LongestShared = 64;

    private string?[] _slots = new string?[1 << 12];
    private int _count;

    /// <summary>The string of <paramref name="ascii"/> (bytes below 0x80), the same instance for the same bytes.</summary>
    public string Get(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > LongestShared)
        {
            return Widen(ascii);
        }

        var mask = _slots.Length - 1;
        for (var at = Hash(ascii) & mask; ; at = (at + 1) & mask)
        {
            var known = _slots[at];
            if (known is null)
            {
                var value = Widen(ascii);
                _slots[at] = value;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return value;
            }

            if (SameText(known, ascii))
            {
                return known;
            }
        }
    }

    /// <summary><paramref name="ascii"/> as a new string.</summary>
    public static string Widen(ReadOnlySpan<byte> ascii)
    {
        Span<char> chars = ascii.Length <= 256 ? stackalloc char[ascii.Length] : new char[ascii.Length];
        for (var k = 0; k < ascii.Length; k++)
        {
            chars[k] = (char)ascii[k];
        }

        return new string(chars);
    }

    private static bool SameText(string known, ReadOnlySpan<byte> ascii)
    {
        if (known.Length != ascii.Length)
        {
            return false;
        }

        for (var k = 0; k < ascii.Length; k++)
        {
            if (known[k] != ascii[k])
            {
                return false;
            }
        }

        return true;
    }

    // FNV-1a over the characters (the same for the bytes and for the string they widen to).
    private static int Hash(ReadOnlySpan<byte> ascii)
    {
        var hash = 2166136261u;
        foreach (var b in ascii)
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash & int.MaxValue);
    }

    private static int Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & int.MaxValue);
    }

    private void Grow()
    {
        var slots = new string?[_slots.Length * 2];
        var mask = slots.Length - 1;
        foreach (var known in _slots)
        {
            if (known is null)
            {
                continue;
            }

            var at = Hash(known) & mask;
            while (slots[at] is not null)
            {
                at = (at + 1) & mask;
            }

            slots[at] = known;
        }

        _slots = slots;
    }
}
