using System.Globalization;
using System.Text;

namespace CoopGraph.Domain;

/// <summary>
/// Resolves what people type for an office (its code, English name or an alias such as <c>MÉXICO</c> or
/// <c>dominican rep.</c>) to its code, ignoring case and accents.
/// </summary>
public sealed class OfficeLookup
{
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);

    /// <summary>Indexes the codes, names and aliases of <paramref name="offices"/>; codes win over names and aliases.</summary>
    public OfficeLookup(IEnumerable<Office> offices)
    {
        ArgumentNullException.ThrowIfNull(offices);
        var list = offices.ToList();
        foreach (var office in list)
        {
            _codes[Normalize(office.Code)] = office.Code;
        }

        foreach (var office in list)
        {
            foreach (var name in office.Aliases.Prepend(office.Name))
            {
                _codes.TryAdd(Normalize(name), office.Code);
            }
        }
    }

    /// <summary>Makes a newly created office findable by its code.</summary>
    public void Add(string code) => _codes[Normalize(code)] = code;

    /// <summary>The code of the office <paramref name="text"/> names, or null when none matches.</summary>
    public string? Resolve(string text) => _codes.GetValueOrDefault(Normalize(text));

    /// <summary>Upper-case, accents removed, blanks trimmed and collapsed: the key two spellings must share.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
