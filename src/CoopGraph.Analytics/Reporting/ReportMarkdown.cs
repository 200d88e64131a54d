using System.Globalization;
using System.Text;
using CoopGraph.Analytics.Paths;

namespace CoopGraph.Analytics.Reporting;

/// <summary>The report and path results as Markdown for people to read.</summary>
public static class ReportMarkdown
{
    /// <summary>Every section of <paramref name="r"/> as Markdown tables, names beside codes, and a legend of every figure.</summary>
    public static string Write(AnalysisReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var b = new StringBuilder();
        var scenario = r.Scenario is null ? "" : $", scenario {r.Scenario}";
        b.Append(CultureInfo.InvariantCulture, $"# CoopGraph analysis: {r.Dataset}{scenario} (version {r.DatasetVersion})\n\n");
        if (r.Scenario is not null)
        {
            b.Append(CultureInfo.InvariantCulture, $"Every figure describes the network {r.Scenario}, not the dataset as it is; the last section says what changes.\n\n");
        }

        b.Append("## Offices\n\n| Office | In | Out | In str. | Out str. | Betweenness | Closeness | Harmonic | PageRank | Hub | Authority | Isolation | Flags | Unmet requests |\n");
        b.Append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
        foreach (var o in r.Offices)
        {
            b.Append(CultureInfo.InvariantCulture,
                $"| {o.Name} ({o.Code}) | {o.InDegree} | {o.OutDegree} | {o.InStrength} | {o.OutStrength} | {o.Betweenness:0.0000} | {o.Closeness:0.0000} | {o.Harmonic:0.000} | {o.PageRank:0.0000} | {o.Hub:0.0000} | {o.Authority:0.0000} | {o.Isolation.Score:0.000} | {string.Join(", ", o.Isolation.Flags.Select(ReportCsv.Name))} | {string.Join(", ", o.UnmetRequests.Select(r.SubjectName))} |\n");
        }

        b.Append(CultureInfo.InvariantCulture, $"\n## Subjects (coverage of requests {Percent(r.CoverageRatio)})\n\n| Subject | Area | Status | Requesters | Offerers |\n|---|---|---|---|---|\n");
        foreach (var s in r.Subjects)
        {
            // The status is the same word as in the API and the page; cross-cutting is a property of the subject, not a status.
            var status = ReportCsv.Name(s.Status) + (s.CrossCutting ? " (cross-cutting)" : "");
            b.Append(CultureInfo.InvariantCulture, $"| {r.SubjectName(s.Id)} | {r.AreaName(s.Area)} | {status} | {string.Join(", ", s.Requesters)} | {string.Join(", ", s.Offerers)} |\n");
        }

        b.Append("\n## Areas\n\n| Area | Subjects | Unmet | Fragile | Covered | Requests | Covered requests | Coverage |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var a in r.Areas)
        {
            b.Append(CultureInfo.InvariantCulture, $"| {r.AreaName(a.Area)} | {a.Subjects} | {a.Unmet} | {a.Fragile} | {a.Covered} | {a.Requests} | {a.CoveredRequests} | {Percent(a.CoverageRatio)} |\n");
        }

        b.Append("\n## Structure\n\n");
        b.Append(CultureInfo.InvariantCulture, $"- Weakly connected components: {string.Join("; ", r.Components.Select(c => "{" + string.Join(", ", c) + "}"))}\n");
        b.Append(CultureInfo.InvariantCulture, $"- Articulation points: {Or(string.Join(", ", r.ArticulationPoints))}\n");
        b.Append(CultureInfo.InvariantCulture, $"- Bridges: {Or(string.Join(", ", r.Bridges.Select(x => $"{x.A}–{x.B}")))}\n");
        b.Append("\n## Reciprocal pairs\n\n");
        if (r.ReciprocalPairsCut is { } cut)
        {
            b.Append(CultureInfo.InvariantCulture, $"{cut.Listed:N0} of {cut.Count:N0} pairs listed, {cut.Order} (`--pairs all` lists every pair).\n\n");
        }

        b.Append("| A | B | A helps B on | B helps A on |\n|---|---|---|---|\n");
        foreach (var p in r.ReciprocalPairs)
        {
            b.Append(CultureInfo.InvariantCulture, $"| {p.A} | {p.B} | {string.Join(", ", p.AHelpsB.Select(r.SubjectName))} | {string.Join(", ", p.BHelpsA.Select(r.SubjectName))} |\n");
        }

        var m = r.MatchPlan;
        b.Append(CultureInfo.InvariantCulture,
            $"\n## Match plan (capacity {m.Capacity}, {ReportCsv.Name(m.Mode)}): {m.Assigned} of {m.Requests} requests ({m.CoveragePercent:0.0}%), {m.Coverable} coverable\n\n| Office | Subject | Provider |\n|---|---|---|\n");
        foreach (var a in m.Assignments)
        {
            b.Append(CultureInfo.InvariantCulture, $"| {a.Office} | {r.SubjectName(a.Subject)} | {a.Provider} |\n");
        }

        foreach (var u in m.Unassigned)
        {
            b.Append(CultureInfo.InvariantCulture, $"| {u.Office} | {r.SubjectName(u.Subject)} | — ({u.Reason}) |\n");
        }

        if (r.WhatIf is { } w)
        {
            b.Append(CultureInfo.InvariantCulture, $"\n## What changes {r.Scenario} (version {w.BaseVersion} → {w.ScenarioVersion})\n\n");
            foreach (var c in w.StatusChanges)
            {
                b.Append(CultureInfo.InvariantCulture, $"- {r.SubjectName(c.Subject)}: {ReportCsv.Name(c.Before)} → {ReportCsv.Name(c.After)}\n");
            }

            foreach (var c in w.SupporterChanges)
            {
                b.Append(CultureInfo.InvariantCulture, $"- {c.Office} loses {Or(string.Join(", ", c.Lost))}, gains {Or(string.Join(", ", c.Gained))}\n");
            }
        }

        return b.Append(Legend(r)).ToString();
    }

    // One definition per figure, in the words of docs/analytics.md (the API's field descriptions say the same).
    private static string Legend(AnalysisReport r)
    {
        var m = r.MatchPlan;
        var b = new StringBuilder("\n## Legend\n\n");
        b.Append("Offices are named with their code (the code alone in lists); office A *supports* B when A offers a subject B requests.\n\n");
        b.Append("- **In, Out**: how many offices can help the office / the office can help.\n");
        b.Append("- **In str., Out str.**: the same counted in subjects (an edge A→B weighs the number of subjects A can help B with).\n");
        b.Append("- **Betweenness**: share of shortest support chains between two other offices that pass through the office (0–1; a broker).\n");
        b.Append("- **Closeness**: how near the office is to the offices that can reach it (0–1, Wasserman–Faust for unreachable offices).\n");
        b.Append("- **Harmonic**: sum of 1/distance from every office that can reach it.\n");
        b.Append("- **PageRank**: share of a random walk along support edges spent at the office (sums to 1 over offices).\n");
        b.Append("- **Hub, Authority**: HITS scores: a good hub helps good authorities; a good authority is helped by good hubs.\n");
        b.Append("- **Isolation**: 0–1, 1 = cut off: mean of its share of unmet requests, 1/(1 + partners) and how small its component is.\n");
        b.Append("- **Flags**: NO_SUPPORT (a request nobody else offers), NO_PARTNERS (no support edge), SINGLE_SUPPORTER (one office can help it).\n");
        b.Append("- Status of a request (a subject shows its worst request): **UNMET** no other office offers it; **FRAGILE** exactly one other does; **COVERED** two or more; UNREQUESTED nobody asks.\n");
        b.Append("- **cross-cutting**: a need every office shares; while nobody offers it, it is listed but left out of the roll-ups, the unmet lists and the match plan.\n");
        b.Append(CultureInfo.InvariantCulture,
            $"- **Coverage of requests** ({Percent(r.CoverageRatio)}): requests some other office offers, whatever the load on that office: what is *offered*.\n");
        b.Append(CultureInfo.InvariantCulture,
            $"- **Match plan coverage** ({m.CoveragePercent:0.0}%): requests that get a provider when each request is served once and each offering office serves at most {m.Capacity} ({ReportCsv.Name(m.Mode)}): what capacity *allows*. 'Coverable' counts the requests some other office offers, the most any capacity could assign.\n");
        return b.ToString();
    }

    private static string Percent(double ratio) => string.Create(CultureInfo.InvariantCulture, $"{ratio * 100:0.0}%");

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

    private static string SubjectName(this AnalysisReport r, string id) => r.SubjectNames.TryGetValue(id, out var name) ? $"{name} (`{id}`)" : id;

    private static string AreaName(this AnalysisReport r, string id) => r.AreaNames.TryGetValue(id, out var name) ? $"{name} (`{id}`)" : id;
}
