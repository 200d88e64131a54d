using System.Text;
using CoopGraph.Domain.Formats;

namespace CoopGraph.Analytics.Reporting;

/// <summary>
/// The report as CSV for spreadsheets: one table per section (offices, subjects, reciprocal pairs, match plan), each
/// preceded by a <c># section</c> line and followed by a blank line.
/// </summary>
public static class ReportCsv
{
    /// <summary>Every table of <paramref name="r"/>.</summary>
    public static string Write(AnalysisReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var b = new StringBuilder();
        Table(b, "offices", ["code", .. OfficeMetrics.Names, "flags", "component", "unmetRequests"],
            r.Offices.Select(o => new object[]
            {
                o.Code, o.InDegree, o.OutDegree, o.InStrength, o.OutStrength, o.Betweenness, o.Closeness, o.Harmonic, o.PageRank, o.Hub,
                o.Authority, o.Isolation.Score, string.Join(";", o.Isolation.Flags.Select(Name)), o.Isolation.Component, string.Join(";", o.UnmetRequests),
            }));
        Table(b, "subjects", ["id", "area", "status", "crossCutting", "requesters", "offerers", "coverageRatio"],
            r.Subjects.Select(s => new object[] { s.Id, s.Area, Name(s.Status), s.CrossCutting, string.Join(";", s.Requesters), string.Join(";", s.Offerers), s.CoverageRatio }));
        Table(b, "reciprocalPairs", ["a", "b", "aHelpsB", "bHelpsA"],
            r.ReciprocalPairs.Select(p => new object[] { p.A, p.B, string.Join(";", p.AHelpsB), string.Join(";", p.BHelpsA) }));
        Table(b, "matchPlan", ["office", "subject", "provider", "reason"],
            r.MatchPlan.Assignments.Select(a => new object[] { a.Office, a.Subject, a.Provider, "" })
                .Concat(r.MatchPlan.Unassigned.Select(u => new object[] { u.Office, u.Subject, "", u.Reason })));
        return b.ToString();
    }

    /// <summary>An enum value as the JSON contract spells it (<c>NO_SUPPORT</c>).</summary>
    internal static string Name<T>(T value)
        where T : struct, Enum => EnumNames.ConstantCase(value);

    private static void Table(StringBuilder b, string name, string[] header, IEnumerable<object[]> rows)
    {
        b.Append("# ").Append(name).Append('\n').AppendJoin(',', header).Append('\n');
        foreach (var row in rows)
        {
            b.AppendJoin(',', row.Select(CsvTable.Cell)).Append('\n');
        }

        b.Append('\n');
    }
}
