using System.Globalization;
using System.Text;
using CoopGraph.Domain;
using CoopGraph.Domain.Initiatives;

namespace CoopGraph.Analytics.FollowUp;

/// <summary>The follow-up as a printable Markdown list, with names beside codes.</summary>
public static class FollowUpMarkdown
{
    /// <summary>Writes <paramref name="result"/>, naming offices and subjects from <paramref name="dataset"/>.</summary>
    public static string Write(FollowUpResult result, Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(dataset);
        string Office(string code) => dataset.FindOffice(code) is { } o ? $"{o.Name} ({code})" : code;
        string Subject(string id) => dataset.FindSubject(id)?.Name ?? id;
        var s = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        // A dataset with rounds says which one the needs are of (the latest unless --round chose another).
        var round = dataset.Rounds is { Count: > 0 } ? $" at round {dataset.LatestRound.Id}" : "";
        s.Append(inv, $"# Follow-up of {dataset.Name}{round}, {result.Now.UtcDateTime:yyyy-MM-dd}\n\n");
        s.Append(inv, $"{result.NeedsWithoutInitiative.Count} needs without an initiative; {result.Stalled.Count} initiatives stalled ")
            .Append(inv, $"(open, no step for {result.StalledDays} days or more).\n\n");

        s.Append("## Needs without an initiative\n\n");
        if (result.NeedsWithoutInitiative.Count == 0)
        {
            s.Append("None: every request has an initiative.\n\n");
        }
        else
        {
            s.Append("| office | subject | area | who offers it | dropped initiatives |\n| --- | --- | --- | --- | --- |\n");
            foreach (var n in result.NeedsWithoutInitiative)
            {
                s.Append(inv, $"| {Cell(Office(n.Office))} | {Cell(Subject(n.Subject))}{(n.CrossCutting ? " (cross-cutting)" : "")} | {n.Area} | ")
                    .Append(n.Offerers.Count == 0 ? "nobody yet" : Cell(string.Join(", ", n.Offerers)))
                    .Append(" | ").Append(n.DroppedInitiatives.Count == 0 ? "" : string.Join(", ", n.DroppedInitiatives)).Append(" |\n");
            }

            s.Append('\n');
        }

        s.Append("## Stalled initiatives\n\n");
        if (result.Stalled.Count == 0)
        {
            s.Append("None.\n\n");
        }
        else
        {
            s.Append("| initiative | status | days since last step | subject | answers | offered by |\n| --- | --- | --- | --- | --- | --- |\n");
            foreach (var x in result.Stalled)
            {
                var i = x.Initiative;
                s.Append(inv, $"| {Cell(i.Title)} ({i.Id}) | {InitiativeLifecycle.Name(i.Status())} | {x.DaysSince} (since {x.LastMoved.UtcDateTime:yyyy-MM-dd}) | ")
                    .Append(inv, $"{Cell(Subject(i.Subject))} | {string.Join(", ", i.RequestOffices)} | {string.Join(", ", i.OfferOffices)} |\n");
            }

            s.Append('\n');
        }

        s.Append("## By area\n\n| area | needs without initiative | stalled | open |\n| --- | --- | --- | --- |\n");
        foreach (var a in result.Areas)
        {
            s.Append(inv, $"| {Cell(dataset.Areas.FirstOrDefault(x => x.Id == a.Key)?.Name ?? a.Key)} | {a.NeedsWithoutInitiative} | {a.Stalled} | {a.Open} |\n");
        }

        s.Append("\n## By office\n\n| office | needs without initiative | stalled | open |\n| --- | --- | --- | --- |\n");
        foreach (var o in result.Offices)
        {
            s.Append(inv, $"| {Cell(Office(o.Key))} | {o.NeedsWithoutInitiative} | {o.Stalled} | {o.Open} |\n");
        }

        s.Append("\nA need is a request; it is without initiative when no initiative other than a DROPPED one answers it ")
            .Append("(a COMPLETED one counts). An initiative is stalled when it is PROPOSED, AGREED or IN_PROGRESS and its last step is ")
            .Append("at least the threshold in whole days old.\n");
        return s.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
