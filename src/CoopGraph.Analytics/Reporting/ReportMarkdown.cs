using System.Globalization;
using System.Text;
using CoopGraph.Analytics.Isolation;
using CoopGraph.Analytics.Needs;
using CoopGraph.Analytics.Paths;
using CoopGraph.Analytics.WhatIf;
using CoopGraph.Domain;

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

        b.Append(CultureInfo.InvariantCulture, $"\n## Subjects (coverage of requests {Percent(r.CoverageRatio)})\n\n| Subject | Area | Status | Requesters | Offerers | Exposed requests |\n|---|---|---|---|---|---|\n");
        foreach (var s in r.Subjects)
        {
            // The status and the exposure are NeedWords' words, the same as in the API and the page.
            b.Append(CultureInfo.InvariantCulture, $"| {r.SubjectName(s.Id)} | {r.AreaName(s.Area)} | {NeedWords.Label(s.Status, s.CrossCutting)} | {string.Join(", ", s.Requesters)} | {string.Join(", ", s.Offerers)} | {Exposure(r, s)} |\n");
        }

        b.Append("\n## Areas\n\n| Area | Subjects | Unmet | Fragile | Covered | Requests | Covered requests | Coverage |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        foreach (var a in r.Areas)
        {
            b.Append(CultureInfo.InvariantCulture, $"| {r.AreaName(a.Area)} | {a.Subjects} | {a.Unmet} | {a.Fragile} | {a.Covered} | {a.Requests} | {a.CoveredRequests} | {Percent(a.CoverageRatio)} |\n");
        }

        b.Append("\n## Office standing (weakest first)\n\n| Office | Standing | Supporters | Helps | Why |\n|---|---|---:|---:|---|\n");
        foreach (var o in r.Standings)
        {
            b.Append(CultureInfo.InvariantCulture,
                $"| {r.OfficeName(o.Code)} | {ReportCsv.Name(o.Standing).Replace('_', ' ').ToLowerInvariant()} | {o.Supporters} | {o.Supported} | {Or(string.Join("; ", o.Reasons.Select(x => x.Text)))} |\n");
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

            // Grouped by supporter (the page says the same): one line per supporter, not one per office that loses it.
            foreach (var (groups, verb) in new[] { (SupporterGroups.Lost(w), "no longer helps"), (SupporterGroups.Gained(w), "now helps") })
            {
                foreach (var g in groups)
                {
                    b.Append(CultureInfo.InvariantCulture, $"- {r.OfficeName(g.Supporter)} {verb} {g.Offices.Count} office{(g.Offices.Count == 1 ? "" : "s")}: {string.Join(", ", g.Offices)}\n");
                }
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
        b.Append(CultureInfo.InvariantCulture, $"- **Status**: {NeedWords.SubjectRule}\n");
        foreach (var status in Enum.GetValues<NeedStatus>())
        {
            b.Append(CultureInfo.InvariantCulture, $"  - **{NeedWords.Name(status)}**: {NeedWords.Meaning(status)}\n");
        }

        b.Append(CultureInfo.InvariantCulture, $"- **cross-cutting** (beside a status): {NeedWords.CrossCuttingMeaning}\n");
        b.Append(CultureInfo.InvariantCulture, $"- **Standing**: isolated (takes part, no tie either way); weak ties (at most {OfficeStandings.FewSupporters} supporters, or helps nobody; weakest side first); unmet needs (a request no other office offers); did not take part (no request and no offer).\n");
        b.Append(CultureInfo.InvariantCulture,
            $"- **Coverage of requests** ({Percent(r.CoverageRatio)}): requests some other office offers, whatever the load on that office: what is *offered*.\n");
        b.Append(CultureInfo.InvariantCulture,
            $"- **Match plan coverage** ({m.CoveragePercent:0.0}%): requests that get a provider when each request is served once and each offering office serves at most {m.Capacity} ({ReportCsv.Name(m.Mode)}): what capacity *allows*. 'Coverable' counts the requests some other office offers, the most any capacity could assign.\n");
        return b.ToString();
    }

    private static string Exposure(AnalysisReport r, SubjectNeed s)
    {
        if (!r.Exposed.TryGetValue(s.Id, out var exposed) || exposed.Count == 0)
        {
            return "";
        }

        // A cross-cutting subject nobody offers leaves every requester alone: one phrase instead of one per office.
        return exposed.Count == s.Requesters.Count && exposed.All(e => e.CrossCutting && e.Status == NeedStatus.Unmet && e.Helpers.Count == 0)
            ? $"all {exposed.Count}: no office offers this cross-cutting course of action"
            : string.Join("; ", exposed.Select(e => e.Explanation));
    }

    private static string OfficeName(this AnalysisReport r, string code) => r.OfficeNames.TryGetValue(code, out var name) ? $"{name} ({code})" : code;

    private static string Percent(double ratio) => string.Create(CultureInfo.InvariantCulture, $"{ratio * 100:0.0}%");

    /// <summary>Paths with their hop evidence (the justification in words, <see cref="SupportLinks.Justification"/>), or the reason there is none.</summary>
    public static string Write(PathsResult result, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(dataset);
        var name = (string code) => dataset.FindOffice(code)?.Name ?? code;
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"# Support paths {name(result.From)} ({result.From}) → {name(result.To)} ({result.To}) (version {result.Evidence.DatasetVersion})\n\n");
        if (result.NoPathReason is { } reason)
        {
            return b.Append(CultureInfo.InvariantCulture, $"No path: {reason}.\n").ToString();
        }

        foreach (var (path, i) in result.Paths.Select((p, i) => (p, i + 1)))
        {
            b.Append(CultureInfo.InvariantCulture, $"## Path {i}: {string.Join(" → ", path.Offices.Select(name))} (cost {path.Cost:0.###})\n\n");
            foreach (var hop in path.Hops)
            {
                b.Append(CultureInfo.InvariantCulture, $"- {name(hop.From)} can help {name(hop.To)} with:\n");
                foreach (var s in hop.Subjects)
                {
                    b.Append(CultureInfo.InvariantCulture, $"  - {dataset.FindSubject(s.Subject)?.Name ?? s.Subject} (`{s.Subject}`): {SupportLinks.Justification(dataset, s)}\n");
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
