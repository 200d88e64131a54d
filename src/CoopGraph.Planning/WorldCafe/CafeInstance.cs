using CoopGraph.Analytics;
using CoopGraph.Domain;

namespace CoopGraph.Planning.WorldCafe;

/// <summary>A validated World Café problem on indices: offices 0..n−1, subjects 0..m−1, who requests and offers what.</summary>
internal sealed class CafeInstance
{
    /// <summary>Above this many (pair, round, subject) triples, repeats are modelled only for pairs that can have an encounter.</summary>
    public const int AllPairsBudget = 400_000;

    /// <summary>The upper limit of <see cref="WorldCafeOptions.TimeLimitSeconds"/>.</summary>
    public const double MaxTimeLimitSeconds = 600;

    private CafeInstance(Dataset dataset, string[] offices, Subject[] subjects, int rounds, int tables, int seats, int minutes, WorldCafeWeights weights)
    {
        Dataset = dataset;
        Offices = offices;
        Subjects = subjects;
        Rounds = rounds;
        Tables = tables;
        Seats = seats;
        MinutesPerRound = minutes;
        Weights = weights;
        var officeIndex = offices.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var subjectIndex = subjects.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        Requests = new bool[offices.Length, subjects.Length];
        Offers = new bool[offices.Length, subjects.Length];
        foreach (var r in dataset.Requests)
        {
            if (officeIndex.TryGetValue(r.Office, out var i) && subjectIndex.TryGetValue(r.Subject, out var s))
            {
                Requests[i, s] = true;
            }
        }

        foreach (var o in dataset.Offers)
        {
            if (officeIndex.TryGetValue(o.Office, out var i) && subjectIndex.TryGetValue(o.Subject, out var s))
            {
                Offers[i, s] = true;
            }
        }
    }

    public Dataset Dataset { get; }

    public string[] Offices { get; }

    public Subject[] Subjects { get; }

    public int OfficeCount => Offices.Length;

    public int SubjectCount => Subjects.Length;

    public int Rounds { get; }

    public int Tables { get; }

    public int Seats { get; }

    public int MinutesPerRound { get; }

    public WorldCafeWeights Weights { get; }

    public bool[,] Requests { get; }

    public bool[,] Offers { get; }

    public bool Interested(int office, int subject) => Requests[office, subject] || Offers[office, subject];

    /// <summary>Directed encounters possible between <paramref name="a"/> and <paramref name="b"/> on subject <paramref name="s"/> (0, 1 or 2).</summary>
    public int EncounterWeight(int a, int b, int s) =>
        (Requests[a, s] && Offers[b, s] ? 1 : 0) + (Requests[b, s] && Offers[a, s] ? 1 : 0);

    /// <summary>Validates <paramref name="options"/> against <paramref name="analysis"/>'s dataset; throws <see cref="PlanningInputException"/>.</summary>
    public static CafeInstance Resolve(NetworkAnalysis analysis, WorldCafeOptions options)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(options);
        var dataset = analysis.Snapshot.Dataset;
        PlanningInputException.Check(options.Rounds >= 1, "rounds", $"must be at least 1 (got {options.Rounds})");
        PlanningInputException.Check(options.Seats >= 2, "seats", $"a table needs at least 2 seats (got {options.Seats})");
        PlanningInputException.Check(options.Tables is null or >= 1, "tables", $"must be at least 1 (got {options.Tables})");
        PlanningInputException.Check(options.MinutesPerRound >= 1, "minutesPerRound", $"must be at least 1 (got {options.MinutesPerRound})");
        PlanningInputException.Check(options.SubjectCount is null or >= 1, "subjectCount", $"must be at least 1 (got {options.SubjectCount})");
        PlanningInputException.Check(options.Workers is >= 1 and <= 64, "workers", $"must be between 1 and 64 (got {options.Workers})");
        PlanningInputException.Check(options.SearchCycles is null or (>= 1 and <= 1000), "searchCycles", $"must be between 1 and 1000 (got {options.SearchCycles})");
        PlanningInputException.Check(
            options.TimeLimitSeconds > 0 && options.TimeLimitSeconds <= MaxTimeLimitSeconds,
            "timeLimitSeconds",
            $"must be more than 0 and at most {MaxTimeLimitSeconds} (got {options.TimeLimitSeconds})");
        var weights = options.Weights ?? WorldCafeWeights.Default;
        PlanningInputException.CheckWeights(weights.InterestSeat, weights.Encounter, weights.RepeatedPair, weights.Imbalance);

        var offices = ResolveOffices(dataset, options.Offices);
        PlanningInputException.Check(offices.Length >= 2, "offices", $"a World Café needs at least 2 offices (got {offices.Length})");
        PlanningInputException.Check(
            offices.Length <= WorldCafeOptions.MaxOffices,
            "offices",
            $"a World Café seats at most {WorldCafeOptions.MaxOffices} offices (got {offices.Length}{(options.Offices is null ? ": every attending office with a request or an offer; name the participants" : "")})");
        var tables = options.Tables ?? (offices.Length + options.Seats - 1) / options.Seats;
        PlanningInputException.Check(
            offices.Length <= tables * options.Seats,
            "offices",
            $"{offices.Length} offices but only {tables} tables × {options.Seats} seats = {tables * options.Seats} seats");
        PlanningInputException.Check(
            2 * tables <= offices.Length,
            "tables",
            $"{tables} tables need at least {2 * tables} offices (two per table); {offices.Length} take part");
        var subjects = options.Subjects is null
            ? ChooseSubjects(analysis, offices, options.SubjectCount ?? (Math.Max(options.Rounds, tables) + 1))
            : ResolveSubjects(dataset, options.Subjects);
        PlanningInputException.Check(
            subjects.Length >= options.Rounds,
            "subjects",
            $"{options.Rounds} rounds need at least {options.Rounds} subjects (no office discusses a subject twice); {subjects.Length} given");
        PlanningInputException.Check(
            subjects.Length >= tables,
            "subjects",
            $"{tables} tables need at least {tables} subjects (one facilitator, one table per subject and round); {subjects.Length} given");
        return new CafeInstance(dataset, offices, subjects, options.Rounds, tables, options.Seats, options.MinutesPerRound, weights);
    }

    private static string[] ResolveOffices(Dataset dataset, IReadOnlyList<string>? names)
    {
        if (names is null)
        {
            var active = dataset.Requests.Select(r => r.Office).Concat(dataset.Offers.Select(o => o.Office)).ToHashSet(StringComparer.Ordinal);
            return [.. dataset.Offices.Where(o => o.Attended && active.Contains(o.Code)).Select(o => o.Code).Order(StringComparer.Ordinal)];
        }

        var lookup = new OfficeLookup(dataset.Offices);
        var codes = new List<string>();
        foreach (var name in names)
        {
            var code = lookup.Resolve(name ?? "") ?? throw new PlanningInputException("offices", PlanningInputError.NotFound, $"unknown office '{name}'");
            PlanningInputException.Check(!codes.Contains(code), "offices", $"office '{name}' is listed twice");
            codes.Add(code);
        }

        return [.. codes.Order(StringComparer.Ordinal)];
    }

    private static Subject[] ResolveSubjects(Dataset dataset, IReadOnlyList<string> ids)
    {
        var result = new List<Subject>();
        foreach (var id in ids)
        {
            var subject = dataset.FindSubject(id ?? "") ?? throw new PlanningInputException("subjects", PlanningInputError.NotFound, $"unknown subject '{id}'");
            PlanningInputException.Check(!result.Contains(subject), "subjects", $"subject '{id}' is listed twice");
            result.Add(subject);
        }

        return [.. result];
    }

    /// <summary>
    /// The default subjects, "most requested, uncovered first": greedily, the subject requested by the most participants
    /// none of whose requests is yet on the list, then by most participants requesting, most offering, dataset order.
    /// Cross-cutting subjects (requested by all, offered by none) are left to plenary sessions.
    /// </summary>
    private static Subject[] ChooseSubjects(NetworkAnalysis analysis, string[] offices, int count)
    {
        var dataset = analysis.Snapshot.Dataset;
        var participants = offices.ToHashSet(StringComparer.Ordinal);
        var requesters = dataset.Requests.Where(r => participants.Contains(r.Office)).ToLookup(r => r.Subject, r => r.Office, StringComparer.Ordinal);
        var offerers = dataset.Offers.Where(o => participants.Contains(o.Office)).ToLookup(o => o.Subject, o => o.Office, StringComparer.Ordinal);
        var candidates = dataset.Subjects
            .Select((s, order) => (Subject: s, Order: order))
            .Where(c => !c.Subject.CrossCutting && (requesters[c.Subject.Id].Any() || offerers[c.Subject.Id].Any()))
            .ToList();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var chosen = new List<Subject>();
        while (chosen.Count < count && candidates.Count > 0)
        {
            var best = candidates
                .OrderByDescending(c => requesters[c.Subject.Id].Count(o => !covered.Contains(o)))
                .ThenByDescending(c => requesters[c.Subject.Id].Count())
                .ThenByDescending(c => offerers[c.Subject.Id].Count())
                .ThenBy(c => c.Order)
                .First();
            candidates.Remove(best);
            chosen.Add(best.Subject);
            covered.UnionWith(requesters[best.Subject.Id]);
        }

        return [.. chosen];
    }

}
