using CoopGraph.Domain;

namespace CoopGraph.Analytics.Rounds;

/// <summary>Compares two rounds of a dataset through their own analyses (<see cref="RoundComparison"/>).</summary>
public static class RoundComparer
{
    /// <summary>How many rank movers a comparison lists unless asked otherwise.</summary>
    public const int DefaultMovers = 5;

    // Scores closer than this are the same figure printed twice (PageRank converges to 1e-10).
    private const double Tolerance = 1e-9;

    /// <summary>Compares rounds <paramref name="from"/> and <paramref name="to"/> of <paramref name="dataset"/>, analysing each.</summary>
    /// <exception cref="ArgumentException">A round id is unknown (the message names the rounds there are).</exception>
    public static RoundComparison Compare(Dataset dataset, string from, string to, int movers = DefaultMovers)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var a = dataset.AtRound(from);
        var b = dataset.AtRound(to);
        return Compare(dataset, from, NetworkAnalysis.Of(a), to, NetworkAnalysis.Of(b), movers);
    }

    /// <summary>
    /// Compares two rounds whose analyses the caller already holds (a service keeps one per version and round).
    /// <paramref name="dataset"/> supplies the citations of the rounds in between.
    /// </summary>
    public static RoundComparison Compare(Dataset dataset, string from, NetworkAnalysis before, string to, NetworkAnalysis after, int movers = DefaultMovers)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentOutOfRangeException.ThrowIfNegative(movers);
        var citations = Citations(dataset, from, to);
        var x = before.Snapshot.Dataset;
        var y = after.Snapshot.Dataset;
        return new RoundComparison(
            from,
            to,
            Differences(y, x, citations),
            Differences(x, y, citations),
            Subjects(before, after),
            Offices(before, after),
            Movers(before, after, movers),
            Pairs(after).Except(Pairs(before)).ToList(),
            Pairs(before).Except(Pairs(after)).ToList(),
            Coverage(before),
            Coverage(after));
    }

    // The citations of every round after the earlier of the two up to the later one (the later one wins on a key).
    private static Dictionary<(string, string, string), Citation> Citations(Dataset dataset, string from, string to)
    {
        var ids = dataset.AllRounds.Select(r => r.Id).ToList();
        var (i, j) = (ids.IndexOf(from), ids.IndexOf(to));
        var cited = new Dictionary<(string, string, string), Citation>();
        foreach (var round in dataset.AllRounds.Skip(Math.Min(i, j) + 1).Take(Math.Abs(j - i)))
        {
            foreach (var c in round.Citations ?? [])
            {
                cited[(c.Role, c.Office, c.Subject)] = c;
            }
        }

        return cited;
    }

    // What `has` holds and `lacks` does not, in `has`'s order (requests, then offers).
    private static List<EdgeDifference> Differences(Dataset has, Dataset lacks, Dictionary<(string, string, string), Citation> citations)
    {
        var requests = lacks.Requests.Select(r => (r.Office, r.Subject)).ToHashSet();
        var offers = lacks.Offers.Select(o => (o.Office, o.Subject)).ToHashSet();
        EdgeDifference Of(string role, string office, string subject, string source, Confidence confidence, string? note)
        {
            var c = citations.GetValueOrDefault((role, office, subject));
            return new(role, office, subject, source, ConfidenceText.Of(confidence), note, c?.Line, c?.Quote);
        }

        return
        [
            .. has.Requests.Where(r => !requests.Contains((r.Office, r.Subject))).Select(r => Of("request", r.Office, r.Subject, r.Source, r.Confidence, r.Note)),
            .. has.Offers.Where(o => !offers.Contains((o.Office, o.Subject))).Select(o => Of("offer", o.Office, o.Subject, o.Source, o.Confidence, o.Note)),
        ];
    }

    private static List<SubjectStatusChange> Subjects(NetworkAnalysis before, NetworkAnalysis after)
    {
        var x = before.UnmetNeeds();
        var y = after.UnmetNeeds();
        var then = x.Subjects.Concat(x.CrossCutting).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var changes = new List<SubjectStatusChange>();
        foreach (var now in y.Subjects.Concat(y.CrossCutting).OrderBy(s => Position(after, s.Id)))
        {
            if (then.TryGetValue(now.Id, out var was) && was.Status != now.Status)
            {
                changes.Add(new(now.Id, now.Area, was.Status, now.Status, was.Requesters, now.Requesters, was.Offerers, now.Offerers));
            }
        }

        return changes;
    }

    private static int Position(NetworkAnalysis analysis, string subject)
    {
        var subjects = analysis.Snapshot.Dataset.Subjects;
        for (var i = 0; i < subjects.Count; i++)
        {
            if (subjects[i].Id == subject)
            {
                return i;
            }
        }

        return subjects.Count;
    }

    private static List<OfficeIsolationChange> Offices(NetworkAnalysis before, NetworkAnalysis after)
    {
        var then = before.Isolation().Offices.ToDictionary(o => o.Code, StringComparer.Ordinal);
        var changes = new List<OfficeIsolationChange>();
        foreach (var now in after.Isolation().Offices)
        {
            if (!then.TryGetValue(now.Code, out var was))
            {
                continue;
            }

            var gained = now.Supporters.Except(was.Supporters).Order(StringComparer.Ordinal).ToList();
            var lost = was.Supporters.Except(now.Supporters).Order(StringComparer.Ordinal).ToList();
            if (!was.Flags.SequenceEqual(now.Flags) || Math.Abs(was.Score - now.Score) > Tolerance || gained.Count > 0 || lost.Count > 0)
            {
                changes.Add(new(now.Code, was.Flags, now.Flags, was.Score, now.Score, gained, lost));
            }
        }

        return changes;
    }

    private static List<RankMove> Movers(NetworkAnalysis before, NetworkAnalysis after, int count)
    {
        var then = Ranks(before);
        var now = Ranks(after);
        return [.. now.Values
            .Where(n => then.ContainsKey(n.Code) && then[n.Code].Rank != n.Rank)
            .Select(n => new RankMove(n.Code, then[n.Code].Rank, n.Rank, then[n.Code].Value, n.Value))
            .OrderByDescending(m => Math.Abs(m.Move)).ThenBy(m => m.Office, StringComparer.Ordinal)
            .Take(count)];
    }

    // Rank 1 is the highest PageRank; scores within the tolerance tie and are ordered by code, so noise never moves a rank.
    private static Dictionary<string, (string Code, int Rank, double Value)> Ranks(NetworkAnalysis analysis)
    {
        var ordered = analysis.PageRank().Offices
            .OrderByDescending(o => Math.Round(o.Value / Tolerance)).ThenBy(o => o.Code, StringComparer.Ordinal).ToList();
        return ordered.Select((o, i) => (o.Code, Rank: i + 1, o.Value)).ToDictionary(o => o.Code, StringComparer.Ordinal);
    }

    private static List<OfficePair> Pairs(NetworkAnalysis analysis) =>
        [.. analysis.ReciprocalPairs().Pairs.Select(p => new OfficePair(p.A, p.B))];

    private static PlanCoverage Coverage(NetworkAnalysis analysis)
    {
        var plan = analysis.MatchPlan();
        return new(plan.Capacity, plan.Requests, plan.Coverable, plan.Assigned, plan.CoveragePercent);
    }
}
