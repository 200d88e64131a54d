using System.Globalization;
using System.Text;
using CoopGraph.Analytics.Reporting;
using CoopGraph.Domain;
using CoopGraph.Domain.Formats;

namespace CoopGraph.Analytics.Rounds;

/// <summary>A <see cref="RoundComparison"/> as Markdown (for reading) and as CSV (one table per section, as the report's CSV).</summary>
public static class ComparisonText
{
    /// <summary>Markdown naming offices and subjects beside their codes; each added or withdrawn edge with its provenance.</summary>
    public static string Markdown(RoundComparison c, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(dataset);
        string Office(string code) => dataset.FindOffice(code) is { } o ? $"{o.Name} ({code})" : code;
        string Subject(string id) => dataset.FindSubject(id) is { } s ? $"{s.Name} (`{id}`)" : $"`{id}`";
        string RoundName(string id) => dataset.FindRound(id) is { } r && r.Date is not null ? $"`{id}` ({r.Date})" : $"`{id}`";
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"# What changed from {RoundName(c.From)} to {RoundName(c.To)}\n\n");
        b.Append(CultureInfo.InvariantCulture, $"{c.Added.Count} added, {c.Withdrawn.Count} withdrawn; {c.Subjects.Count} subjects changed status; ")
            .Append(CultureInfo.InvariantCulture, $"{c.Offices.Count} offices changed isolation; reciprocal pairs +{c.PairsGained.Count} −{c.PairsLost.Count}; ")
            .Append(CultureInfo.InvariantCulture, $"match-plan coverage {Percent(c.CoverageFrom.CoveragePercent)} → {Percent(c.CoverageTo.CoveragePercent)}.\n\n");

        foreach (var (title, edges) in new[] { ("Added", c.Added), ("Withdrawn", c.Withdrawn) })
        {
            b.Append("## ").Append(title).Append(" requests and offers\n\n");
            if (edges.Count == 0)
            {
                b.Append("None.\n\n");
                continue;
            }

            foreach (var e in edges)
            {
                b.Append(CultureInfo.InvariantCulture, $"- {e.Role} {Office(e.Office)} — {Subject(e.Subject)}; source `{e.Source}`, {e.Confidence}");
                if (e.Line is { } line)
                {
                    b.Append(CultureInfo.InvariantCulture, $"; report line {line}");
                    if (e.Quote is not null)
                    {
                        b.Append(": “").Append(e.Quote).Append('”');
                    }
                }

                if (e.Note is not null)
                {
                    b.Append(". Note: ").Append(e.Note);
                }

                b.Append('\n');
            }

            b.Append('\n');
        }

        b.Append("## Subjects whose status changed\n\n");
        Rows(b, c.Subjects, "| subject | from | to | requesters | offerers |\n|---|---|---|---|---|\n", s =>
            $"| {Subject(s.Subject)} | {Name(s.From)} | {Name(s.To)} | {s.RequestersFrom.Count} → {s.RequestersTo.Count} | {string.Join(", ", s.OfferersFrom)} → {string.Join(", ", s.OfferersTo)} |");
        b.Append("## Offices whose isolation changed\n\n");
        Rows(b, c.Offices, "| office | flags | score | supporters gained | supporters lost |\n|---|---|---|---|---|\n", o =>
            $"| {Office(o.Office)} | {Flags(o.FlagsFrom)} → {Flags(o.FlagsTo)} | {Number(o.ScoreFrom)} → {Number(o.ScoreTo)} | {string.Join(", ", o.SupportersGained)} | {string.Join(", ", o.SupportersLost)} |");
        b.Append("## Biggest PageRank rank movers\n\n");
        Rows(b, c.RankMovers, "| office | rank | move | PageRank |\n|---|---|---|---|\n", m =>
            $"| {Office(m.Office)} | {m.RankFrom} → {m.RankTo} | {(m.Move > 0 ? "+" : "")}{m.Move} | {Number(m.PageRankFrom)} → {Number(m.PageRankTo)} |");
        b.Append("## Reciprocal pairs\n\n");
        b.Append("Gained: ").Append(c.PairsGained.Count == 0 ? "none" : string.Join(", ", c.PairsGained.Select(p => $"{p.A}–{p.B}"))).Append(".\n");
        b.Append("Lost: ").Append(c.PairsLost.Count == 0 ? "none" : string.Join(", ", c.PairsLost.Select(p => $"{p.A}–{p.B}"))).Append(".\n\n");
        b.Append("## Match plan (capacity ").Append(c.CoverageTo.Capacity).Append(" per office)\n\n");
        b.Append("| round | requests | coverable | assigned | coverage |\n|---|---|---|---|---|\n");
        foreach (var (id, p) in new[] { (c.From, c.CoverageFrom), (c.To, c.CoverageTo) })
        {
            b.Append(CultureInfo.InvariantCulture, $"| `{id}` | {p.Requests} | {p.Coverable} | {p.Assigned} | {Percent(p.CoveragePercent)} |\n");
        }

        b.Append("\nEvery figure is computed from each round's own analysis (needs, isolation, PageRank, reciprocal pairs, match plan); ")
            .Append("report lines are the dataset's citations for the added and withdrawn edges.\n");
        return b.ToString();
    }

    /// <summary>One CSV table per section, each after a <c># section</c> line and followed by a blank line.</summary>
    public static string Csv(RoundComparison c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var b = new StringBuilder();
        Table(b, "edges", ["change", "role", "office", "subject", "source", "confidence", "note", "line", "quote"],
            c.Added.Select(e => ("added", e)).Concat(c.Withdrawn.Select(e => ("withdrawn", e)))
                .Select(x => new object?[] { x.Item1, x.e.Role, x.e.Office, x.e.Subject, x.e.Source, x.e.Confidence, x.e.Note, x.e.Line, x.e.Quote }));
        Table(b, "subjects", ["subject", "area", "from", "to", "requestersFrom", "requestersTo", "offerersFrom", "offerersTo"],
            c.Subjects.Select(s => new object?[] { s.Subject, s.Area, Name(s.From), Name(s.To), string.Join(";", s.RequestersFrom), string.Join(";", s.RequestersTo),
                string.Join(";", s.OfferersFrom), string.Join(";", s.OfferersTo) }));
        Table(b, "offices", ["office", "flagsFrom", "flagsTo", "scoreFrom", "scoreTo", "supportersGained", "supportersLost"],
            c.Offices.Select(o => new object?[] { o.Office, string.Join(";", o.FlagsFrom.Select(Name)), string.Join(";", o.FlagsTo.Select(Name)), o.ScoreFrom, o.ScoreTo,
                string.Join(";", o.SupportersGained), string.Join(";", o.SupportersLost) }));
        Table(b, "rankMovers", ["office", "rankFrom", "rankTo", "move", "pageRankFrom", "pageRankTo"],
            c.RankMovers.Select(m => new object?[] { m.Office, m.RankFrom, m.RankTo, m.Move, m.PageRankFrom, m.PageRankTo }));
        Table(b, "reciprocalPairs", ["change", "a", "b"],
            c.PairsGained.Select(p => new object?[] { "gained", p.A, p.B }).Concat(c.PairsLost.Select(p => new object?[] { "lost", p.A, p.B })));
        Table(b, "matchPlan", ["round", "capacity", "requests", "coverable", "assigned", "coveragePercent"],
            new[] { (c.From, c.CoverageFrom), (c.To, c.CoverageTo) }.Select(x => new object?[] { x.Item1, x.Item2.Capacity, x.Item2.Requests, x.Item2.Coverable, x.Item2.Assigned, x.Item2.CoveragePercent }));
        return b.ToString();
    }

    private static void Rows<T>(StringBuilder b, IReadOnlyList<T> items, string header, Func<T, string> row)
    {
        if (items.Count == 0)
        {
            b.Append("None.\n\n");
            return;
        }

        b.Append(header);
        foreach (var item in items)
        {
            b.Append(row(item)).Append('\n');
        }

        b.Append('\n');
    }

    private static void Table(StringBuilder b, string name, string[] header, IEnumerable<object?[]> rows)
    {
        b.Append("# ").Append(name).Append('\n').AppendJoin(',', header).Append('\n');
        foreach (var row in rows)
        {
            b.AppendJoin(',', row.Select(CsvTable.Cell)).Append('\n');
        }

        b.Append('\n');
    }

    private static string Name<T>(T value)
        where T : struct, Enum => ReportCsv.Name(value);

    private static string Flags(IReadOnlyList<Isolation.IsolationSign> flags) => flags.Count == 0 ? "none" : string.Join(", ", flags.Select(Name));

    private static string Number(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
