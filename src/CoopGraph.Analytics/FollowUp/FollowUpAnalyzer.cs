using System.Globalization;
using CoopGraph.Domain;
using CoopGraph.Domain.Initiatives;

namespace CoopGraph.Analytics.FollowUp;

/// <summary>
/// Answers the follow-up question on a dataset: a request is "without initiative" when no initiative that is not
/// DROPPED lists its office among those it answers for its subject (a COMPLETED one counts: the need was worked on);
/// an initiative is "stalled" when it is open and its last step is at least N whole days before now.
/// </summary>
public static class FollowUpAnalyzer
{
    /// <summary>The default threshold of <c>stalledDays</c>: a quarter of a year.</summary>
    public const int DefaultStalledDays = 90;

    /// <summary>Follow-up of <paramref name="dataset"/> at <paramref name="now"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stalledDays"/> is negative.</exception>
    public static FollowUpResult Analyze(Dataset dataset, DateTimeOffset now, int stalledDays = DefaultStalledDays)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentOutOfRangeException.ThrowIfNegative(stalledDays);
        var areaOf = dataset.Subjects.ToDictionary(s => s.Id, s => s.Area, StringComparer.Ordinal);
        var crossCutting = dataset.Subjects.Where(s => s.CrossCutting).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var offerers = dataset.Offers.ToLookup(o => o.Subject, o => o.Office, StringComparer.Ordinal);
        var answering = AnsweringInitiatives(dataset);

        var needs = new List<NeedWithoutInitiative>();
        foreach (var r in dataset.Requests)
        {
            var initiatives = answering[(r.Office, r.Subject)].ToList();
            if (initiatives.Any(i => i.Status() != InitiativeStatus.Dropped))
            {
                continue;
            }

            needs.Add(new(r.Office, r.Subject, areaOf.GetValueOrDefault(r.Subject, ""),
                [.. offerers[r.Subject].Where(o => o != r.Office).Order(StringComparer.Ordinal)],
                [.. initiatives.Select(i => i.Id)], crossCutting.Contains(r.Subject)));
        }

        var open = dataset.Initiatives.Where(i => i.IsOpen()).ToList();
        var stalled = open
            .Select(i => (Initiative: i, Last: i.LastMoved() ?? now))
            .Select(x => new StalledInitiative(x.Initiative, areaOf.GetValueOrDefault(x.Initiative.Subject, ""), x.Last, WholeDays(now - x.Last)))
            .Where(s => s.DaysSince >= stalledDays)
            .OrderByDescending(s => s.DaysSince).ThenBy(s => s.Initiative.Id, StringComparer.Ordinal)
            .ToList();

        var areas = dataset.Areas.Select(a => new FollowUpGroup(a.Id,
            needs.Count(n => n.Area == a.Id), stalled.Count(s => s.Area == a.Id), open.Count(i => areaOf.GetValueOrDefault(i.Subject) == a.Id))).ToList();
        static bool Involves(Initiative i, string office) => i.RequestOffices.Contains(office) || i.OfferOffices.Contains(office);
        var offices = dataset.Offices.Select(o => o.Code).Order(StringComparer.Ordinal)
            .Select(code => new FollowUpGroup(code, needs.Count(n => n.Office == code), stalled.Count(s => Involves(s.Initiative, code)), open.Count(i => Involves(i, code))))
            .Where(g => g.NeedsWithoutInitiative + g.Stalled + g.Open > 0)
            .ToList();

        var evidence = new Evidence(
            "follow-up: requests answered by no initiative that is not DROPPED; open initiatives whose last step is at least stalledDays whole days before now",
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["stalledDays"] = stalledDays.ToString(CultureInfo.InvariantCulture),
                ["now"] = now.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
                ["initiatives"] = dataset.Initiatives.Count.ToString(CultureInfo.InvariantCulture),
                ["requests"] = dataset.Requests.Count.ToString(CultureInfo.InvariantCulture),
            },
            dataset.Version,
            []);
        return new(now, stalledDays, needs, stalled, areas, offices, evidence);
    }

    /// <summary>The initiatives (any status) answering each request, keyed by (office, subject).</summary>
    public static ILookup<(string Office, string Subject), Initiative> AnsweringInitiatives(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Initiatives.SelectMany(i => i.RequestOffices.Select(o => (Key: (o, i.Subject), Initiative: i)))
            .ToLookup(x => x.Key, x => x.Initiative);
    }

    // A step dated in the future (a clock ahead of ours) counts as zero days, never negative.
    private static int WholeDays(TimeSpan span) => span <= TimeSpan.Zero ? 0 : (int)Math.Floor(span.TotalDays);
}
