using System.Text;

namespace CoopGraph.Server.Api;

/// <summary>Opaque cursors: a kind prefix and a key, base64-encoded, so clients do not build them by hand.</summary>
public static class Cursors
{
    /// <summary>The cursor for <paramref name="key"/> of a list of <paramref name="kind"/>.</summary>
    public static string Encode(string kind, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{kind}:{key}"));

    /// <summary>The key in <paramref name="cursor"/>, or an <c>INVALID_INPUT</c> error naming <paramref name="argument"/>.</summary>
    public static string Decode(string kind, string cursor, string argument)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(kind + ":", StringComparison.Ordinal))
            {
                return text[(kind.Length + 1)..];
            }
        }
        catch (FormatException)
        {
            // Reported below, with the argument's name.
        }

        throw ErrorCodes.Error(ErrorCodes.InvalidInput, $"{argument}: '{cursor}' is not a cursor of this list (use an endCursor this list returned)");
    }

    /// <summary>The page size from <paramref name="first"/>, checked against the configured maximum.</summary>
    public static int PageSize(int? first, int defaultSize, int maxSize) => first switch
    {
        null => defaultSize,
        < 0 => throw ErrorCodes.Error(ErrorCodes.InvalidInput, $"first: must not be negative (is {first})"),
        _ when first > maxSize => throw ErrorCodes.Error(ErrorCodes.InvalidInput, $"first: at most {maxSize} items per page (asked {first}); page with 'after'"),
        _ => first.Value,
    };
}
