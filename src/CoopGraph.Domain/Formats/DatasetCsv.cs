using System.Text;
using CoopGraph.Domain.Validation;

namespace CoopGraph.Domain.Formats;

/// <summary>
/// The CSV edge list for spreadsheet users: <c>office,subject,role</c> plus optional <c>area,source,confidence,note,wording,round</c>.
/// Read against a base dataset that supplies offices, areas, subjects and rounds; its requests and offers are replaced by
/// the rows. Without a <c>round</c> column the rows are the latest round's; with one, each row names its round (empty: the
/// latest) and every round of the base holds exactly its rows.
/// </summary>
public static class DatasetCsv
{
    /// <summary>The columns this format knows, in the order <see cref="Serialize"/> writes them.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["office", "subject", "role", "area", "source", "confidence", "note", "wording", "round"];

    private static readonly string[] Required = ["office", "subject", "role"];

    /// <summary>Reads CSV <paramref name="text"/> named <paramref name="origin"/> against <paramref name="baseDataset"/>.</summary>
    /// <param name="text">The CSV content (UTF-8 decoded; a BOM is ignored).</param>
    /// <param name="origin">The file name used in every message's place.</param>
    /// <param name="baseDataset">Supplies offices, areas, subjects and networks.</param>
    /// <param name="allowNew">Create offices, subjects and areas the base does not know, instead of reporting them.</param>
    public static LoadResult Parse(string text, string origin, Dataset baseDataset, bool allowNew = false)
    {
        ArgumentNullException.ThrowIfNull(baseDataset);
        IReadOnlyList<IReadOnlyList<CsvField>> records;
        try
        {
            records = CsvTable.Parse(text);
        }
        catch (CsvFormatException ex)
        {
            return LoadResult.Failed(new([new(Severity.Error, $"{origin}:{ex.Line}:{ex.Column}", ex.Message)]));
        }

        if (records.Count == 0)
        {
            return LoadResult.Failed(new([new(Severity.Error, $"{origin}:1:1", "empty file: expected a header 'office,subject,role'")]));
        }

        var header = ReadHeader(records[0], origin, out var headerIssues);
        if (headerIssues.Count > 0)
        {
            return LoadResult.Failed(new(headerIssues));
        }

        var rows = new CsvRows(baseDataset, origin, allowNew, header);
        foreach (var record in records.Skip(1))
        {
            rows.Add(record);
        }

        return rows.Finish();
    }

    /// <summary>
    /// Writes every request then every offer of <paramref name="dataset"/>, with its provenance, as CSV (LF line ends);
    /// a dataset with rounds gets the <c>round</c> column and every round's rows, oldest first.
    /// </summary>
    public static string Serialize(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var areaOf = dataset.Subjects.ToDictionary(s => s.Id, s => s.Area, StringComparer.Ordinal);
        var withRounds = dataset.Rounds is not null;
        var columns = withRounds ? Columns : Columns.Take(Columns.Count - 1);
        var text = new StringBuilder().Append(string.Join(',', columns)).Append('\n');
        foreach (var round in withRounds ? dataset.Rounds! : [dataset.LatestRound])
        {
            var id = withRounds ? round.Id : null;
            void Row(string office, string subject, string role, string source, Confidence confidence, string? note, string? wording)
            {
                string?[] cells = [office, subject, role, areaOf.GetValueOrDefault(subject), source, ConfidenceText.Of(confidence), note, wording];
                text.AppendJoin(',', (withRounds ? [.. cells, id] : cells).Select(CsvTable.Escape)).Append('\n');
            }

            foreach (var r in round.Requests ?? dataset.Requests)
            {
                Row(r.Office, r.Subject, "request", r.Source, r.Confidence, r.Note, null);
            }

            foreach (var o in round.Offers ?? dataset.Offers)
            {
                Row(o.Office, o.Subject, "offer", o.Source, o.Confidence, o.Note, o.Wording);
            }
        }

        return text.ToString();
    }

    private static Dictionary<string, int> ReadHeader(IReadOnlyList<CsvField> fields, string origin, out List<ValidationIssue> issues)
    {
        issues = [];
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Count; i++)
        {
            var name = fields[i].Text.Trim().ToLowerInvariant();
            var place = $"{origin}:{fields[i].Line}:{fields[i].Column}";
            if (!Columns.Contains(name))
            {
                issues.Add(new(Severity.Error, place, $"unknown column '{fields[i].Text}' (known: {string.Join(", ", Columns)})"));
            }
            else if (!header.TryAdd(name, i))
            {
                issues.Add(new(Severity.Error, place, $"column '{name}' appears twice"));
            }
        }

        foreach (var missing in Required.Where(r => !header.ContainsKey(r)))
        {
            issues.Add(new(Severity.Error, $"{origin}:1:1", $"missing required column '{missing}' (header must include office,subject,role)"));
        }

        return header;
    }
}
