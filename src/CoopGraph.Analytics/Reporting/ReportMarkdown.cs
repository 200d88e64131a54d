using System.Globalization;
using System.Text;
using CoopGraph.Analytics.Paths;

namespace CoopGraph.Analytics.Reporting;

/// <summary>The report and path results as Markdown for people to read.</summary>
public static class ReportMarkdown
{
    /// <summary>Every section of <paramref name="r"/> as Markdown tables.</summary>
    public static string Write(AnalysisReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"# CoopGraph analysis: {r.Dataset} (version {r.DatasetVersion})\n\n");
        b.Append("## Offices\n\n| Office | In | Out | In str. | Out str. | Betweenness | Closeness | Harmonic | PageRank | Hub | Authority | Isolation | Flags | Unmet requests |\n");
        b.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        foreach (var o in r.Offices)
        {
            b.Append(CultureInfo.InvariantCulture,
                $"| {o.Code} | {o.InDegree} | {o.OutDegree} | {o.InStrength} | {o.OutStrength} | {o.Betweenness:0.0000} | {o.Closeness:0.0000} | {o.Harmonic:0.000} | {o.PageRank:0.0000} | {o.Hub:0.0000} | {o.Authority:0.0000} | {o.Isolation.Score:0.000} | {string.Join(", ", o.Isolation.Flags.Select(ReportCsv.Name))} | {string.Join(", ", o.UnmetRequests)} |\n");
        }

        b.Append(CultureInfo.InvariantCulture, $"\n## Subjects (coverage {r.CoverageRatio:P1} of requests)\n\n| Subject | Area | Status | Requesters | Offerers |\n|---|---|---|---|---|\n");
        foreach (var s in r.Subjects)
        {
            var status = s.CrossCutting ? "CROSS-CUTTING" : ReportCsv.Name(s.Status);
            b.Append(CultureInfo.InvariantCulture, $"| {s.Id} | {s.Area} | {status} | {string.Join(", ", s.Requesters)} | {string.Join(", ", s.Offerers)} |\n");
        }

        b.Append("\n## Areas\n\n| Area | Subjects | Unmet | Fragile | Covered | Requests | Covered requests | Coverage |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var a in r.Areas)
        {
            b.Append(CultureInfo.InvariantCulture, $"| {a.Area} | {a.Subjects} | {a.Unmet} | {a.Fragile} | {a.Covered} | {a.Requests} | {a.CoveredRequests} | {a.CoverageRatio:P1} |\n");
        }

        b.Append("\n## Structure\n\n");
        b.Append(CultureInfo.InvariantCulture, $"- Weakly connected components: {string.Join("; ", r.Components.Select(c => "{" + string.Join(", ", c) + "}"))}\n");
        b.Append(CultureInfo.InvariantCulture, $"- Articulation points: {Or(string.Join(", ", r.ArticulationPoints))}\n");
        b.Append(CultureInfo.InvariantCulture, $"- Bridges: {Or(string.Join(", ", r.Bridges.Select(x => $"{x.A}–{x.B}")))}\n");
        b.Append("\n## Reciprocal pairs\n\n| A | B | A helps B on | B helps A on |\n|---|---|---|---|\n");
        foreach (var p in r.ReciprocalPairs)
        {
            b.Append(CultureInfo.InvariantCulture, $"| {p.A} | {p.B} | {string.Join(", ", p.AHelpsB)} | {string.Join(", ", p.BHelpsA)} |\n");
        }

        var m = r.MatchPlan;
        b.Append(CultureInfo.InvariantCulture,
            $"\n## Match plan (capacity {m.Capacity}, {ReportCsv.Name(m.Mode)}): {m.Assigned} of {m.Requests} requests ({m.CoveragePercent:0.0}%), {m.Coverable} coverable\n\n| Office | Subject | Provider |\n|---|---|---|\n");
        foreach (var a in m.Assignments)
        {
            b.Append(CultureInfo.InvariantCulture, $"| {a.Office} | {a.Subject} | {a.Provider} |\n");
        }

        foreach (var u in m.Unassigned)
        {
            b.Append(CultureInfo.InvariantCulture, $"| {u.Office} | {u.Subject} | — ({u.Reason}) |\n");
        }

        if (r.WhatIf is { } w)
        {
            b.Append(CultureInfo.InvariantCulture, $"\n## What if {string.Join(", ", w.RemovedOffices)} were removed\n\n");
            foreach (var c in w.StatusChanges)
            {
                b.Append(CultureInfo.InvariantCulture, $"- {c.Subject}: {ReportCsv.Name(c.Before)} → {ReportCsv.Name(c.After)}\n");
            }

            foreach (var c in w.SupporterChanges)
            {
                b.Append(CultureInfo.InvariantCulture, $"- {c.Office} loses {Or(string.Join(", ", c.Lost))}, gains {Or(string.Join(", ", c.Gained))}\n");
            }
        }

        return b.ToString();
    }

    /// <summary>Paths with their hop evidence, or the reason there is none.</summary>
    public static string Write(PathsResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"# Support paths {result.From} → {result.To} (version {result.Evidence.DatasetVersion})\n\n");
        if (result.NoPathReason is { } reason)
        {
            return b.Append(CultureInfo.InvariantCulture, $"No path: {reason}.\n").ToString();
        }

        foreach (var (path, i) in result.Paths.Select((p, i) => (p, i + 1)))
        {
            b.Append(CultureInfo.InvariantCulture, $"## Path {i}: {string.Join(" → ", path.Offices)} (cost {path.Cost:0.###})\n\n");
            foreach (var hop in path.Hops)
            {
                b.Append(CultureInfo.InvariantCulture, $"- {hop.From} can help {hop.To} on:\n");
                foreach (var s in hop.Subjects)
                {
                    b.Append(CultureInfo.InvariantCulture,
                        $"  - {s.Subject}: {hop.To} requests it ({s.Request.Source}, {ReportCsv.Name(s.Request.Confidence)}), {hop.From} offers it ({s.Offer.Source}, {ReportCsv.Name(s.Offer.Confidence)}){(s.Offer.Wording is { } wd ? ": " + wd : "")}\n");
                }
            }

            b.Append('\n');
        }

        return b.ToString();
    }

    private static string Or(string text) => text.Length == 0 ? "none" : text;
}
