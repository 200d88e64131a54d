using System.Globalization;
using System.Text.RegularExpressions;

namespace CoopGraph.Domain.Formats;

/// <summary>One CSV field with the 1-based line and column where it starts.</summary>
/// <param name="Text">The unquoted value.</param>
/// <param name="Line">Line of the field's first character.</param>
/// <param name="Column">Column of the field's first character.</param>
public readonly record struct CsvField(string Text, int Line, int Column);

/// <summary>RFC 4180 CSV, read with positions so every message can say <c>file:line:column</c>.</summary>
public static partial class CsvTable
{
    /// <summary>The first characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).</summary>
    private const string FormulaStarts = "=+-@\t\r";
    /// <summary>Splits <paramref name="text"/> into records of fields. A leading BOM is skipped; CRLF and LF both end a record.</summary>
    /// <exception cref="CsvFormatException">A quoted field is never closed.</exception>
    public static IReadOnlyList<IReadOnlyList<CsvField>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<IReadOnlyList<CsvField>>();
        var fields = new List<CsvField>();
        var value = new System.Text.StringBuilder();
        int i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0, line = 1, column = 1;
        var (fieldLine, fieldColumn) = (line, column);
        var quoted = false;
        var recordHasContent = false;

        void EndField()
        {
            fields.Add(new CsvField(Unneutralise(value.ToString()), fieldLine, fieldColumn));
            value.Clear();
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    value.Append('"');
                    i += 2;
                    column += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    value.Append(c);
                }

                (line, column) = c == '\n' ? (line + 1, 1) : (line, column + 1);
                i++;
                continue;
            }

            if (c == '"' && value.Length == 0)
            {
                quoted = true;
                recordHasContent = true;
            }
            else if (c == ',')
            {
                EndField();
                recordHasContent = true;
                (fieldLine, fieldColumn) = (line, column + 1);
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (recordHasContent || value.Length > 0)
                {
                    EndField();
                    records.Add([.. fields]);
                }

                fields.Clear();
                recordHasContent = false;
                (line, column) = (line + 1, 0);
                (fieldLine, fieldColumn) = (line, 1);
            }
            else
            {
                value.Append(c);
                recordHasContent = true;
            }

            i++;
            column++;
        }

        if (quoted)
        {
            throw new CsvFormatException(fieldLine, fieldColumn, "quoted field is not closed");
        }

        if (recordHasContent || value.Length > 0)
        {
            EndField();
            records.Add([.. fields]);
        }

        return records;
    }

    /// <summary>
    /// One CSV cell, the rule of every CSV writer: quoted when it holds a comma, quote or line break (RFC 4180), and
    /// prefixed with an apostrophe when a spreadsheet would run it as a formula: text starting with <c>=</c>, <c>+</c>,
    /// <c>-</c>, <c>@</c>, tab or CR (OWASP CSV injection). A plain number (<c>-0.5</c>) is left alone. Apostrophes already
    /// in front of such a character get one more, so <see cref="Parse"/> can take exactly one away and give the text back.
    /// The page's CSV download follows the same rule (web/src/csv.js; both are tested on tests/reference/csv-cells.json).
    /// </summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var rest = value.TrimStart('\'');
        var formula = rest.Length > 0 && FormulaStarts.Contains(rest[0], StringComparison.Ordinal) && !PlainNumber().IsMatch(value);
        var cell = formula ? "'" + value : value;
        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    /// <summary>
    /// A value as one CSV cell of the reports: numbers invariant (doubles round-trip), booleans <c>true</c>/<c>false</c>,
    /// null empty, then <see cref="Escape"/>d.
    /// </summary>
    public static string Cell(object? value) => Escape(value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    });

    /// <summary>The inverse of the apostrophe <see cref="Escape"/> adds: one leading apostrophe before a formula character is removed.</summary>
    private static string Unneutralise(string text)
    {
        var rest = text.TrimStart('\'');
        return rest.Length < text.Length && rest.Length > 0 && FormulaStarts.Contains(rest[0], StringComparison.Ordinal) ? text[1..] : text;
    }

    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")]
    private static partial Regex PlainNumber();
}

/// <summary>CSV text that cannot be split into fields, with the position of the problem.</summary>
/// <param name="line">1-based line.</param>
/// <param name="column">1-based column.</param>
/// <param name="message">What is wrong.</param>
public sealed class CsvFormatException(int line, int column, string message) : FormatException(message)
{
    /// <summary>1-based line of the problem.</summary>
    public int Line { get; } = line;

    /// <summary>1-based column of the problem.</summary>
    public int Column { get; } = column;
}
