using System.Globalization;
using System.Text;

namespace CoopGraph.Server.Exports;

/// <summary>
/// <c>Content-Disposition</c> with a file name per RFC 6266: <c>filename="..."</c> in plain ASCII for old clients, and
/// <c>filename*=UTF-8''...</c> (RFC 8187 percent-encoding) with the real name. A raw non-ASCII name is not a valid header
/// value (Kestrel refuses it), which is why a Spanish dataset name once broke every export.
/// </summary>
internal static class ContentDisposition
{
    /// <summary>The header value for showing <paramref name="fileName"/> inline (browsers still save it under that name).</summary>
    public static string Inline(string fileName) =>
        $"inline; filename=\"{AsciiFallback(fileName)}\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}";

    /// <summary>The name in printable ASCII: accents dropped (<c>Reunión</c> → <c>Reunion</c>), anything else <c>_</c>.</summary>
    public static string AsciiFallback(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var text = new StringBuilder(fileName.Length);
        foreach (var c in fileName.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            text.Append(c is >= ' ' and <= '~' and not '"' and not '\\' ? c : '_');
        }

        return text.ToString();
    }
}
