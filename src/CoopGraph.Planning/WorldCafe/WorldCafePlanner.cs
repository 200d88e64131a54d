using System.Diagnostics;
using CoopGraph.Analytics;

namespace CoopGraph.Planning.WorldCafe;

/// <summary>Plans a World Café with CP-SAT (docs/planning.md).</summary>
public static class WorldCafePlanner
{
    /// <summary>
    /// Plans <paramref name="options"/> on <paramref name="analysis"/>'s dataset. Bad input is a
    /// <see cref="PlanningInputException"/> naming the option; a solve that finds no plan within the limit is an
    /// <see cref="InvalidOperationException"/>. Cancelling <paramref name="cancellationToken"/> stops the solver at once
    /// (<see cref="OperationCanceledException"/>).
    /// </summary>
    public static WorldCafePlan Plan(NetworkAnalysis analysis, WorldCafeOptions options, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.StartNew();
        var instance = CafeInstance.Resolve(analysis, options);
        cancellationToken.ThrowIfCancellationRequested();
        var (seating, report, allPairs, fromStart) = CafeSetupBudget.Affords(instance, options.TimeLimitSeconds)
            ? CafeModel.Solve(instance, options, started, cancellationToken)
            : WithoutModel(instance, options, started, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (seating is null)
        {
            throw new InvalidOperationException(report.Status == "INFEASIBLE"
                ? "no plan satisfies the hard rules for these offices, rounds, tables, seats and subjects"
                : $"no plan found within {options.TimeLimitSeconds} s (solver status {report.Status}); allow more time");
        }

        // The solver's objective can undercount a plan it stopped on (an auxiliary variable left slack): report the
        // plan's own objective, and the gap against it.
        var figures = CafeFigures.Of(instance, seating);
        // A plan that reaches the bound (CP-SAT's or the table LP's) is proven best.
        var proven = report.Status == "OPTIMAL" || (report.Bound is { } bound && figures.Objective >= bound);
        // When CP-SAT found no plan in time, its start plan (which keeps every hard rule) is returned: a plan, not proven best.
        var status = proven ? "OPTIMAL" : fromStart && report.Status == "UNKNOWN" ? "FEASIBLE" : report.Status;
        report = report with { Status = status, Objective = figures.Objective, Gap = proven ? 0 : SolverReport.GapOf(figures.Objective, report.Bound) };
        var baseline = RandomCafePlan.Draw(instance, options.Seed);
        cancellationToken.ThrowIfCancellationRequested();
        return Write(instance, seating, report, baseline is null ? null : CafeFigures.Of(instance, baseline), allPairs, fromStart);
    }

    /// <summary>
    /// A model too large to set up within the time limit (<see cref="CafeSetupBudget"/>) is not built: the greedy plan,
    /// annealed for most of the limit, is the plan (status FEASIBLE, no bound, no model).
    /// </summary>
    private static (int[,]? Plan, SolverReport Report, bool AllPairs, bool FromStart) WithoutModel(
        CafeInstance instance, WorldCafeOptions options, Stopwatch started, CancellationToken cancellationToken)
    {
        var start = GreedyCafePlan.Build(instance);
        cancellationToken.ThrowIfCancellationRequested();
        var complete = true;
        if (start is not null)
        {
            (start, complete) = CafeLocalSearch.Improve(
                instance, start, options.Seed, started, TimeSpan.FromSeconds(options.TimeLimitSeconds * CafeSetupBudget.SearchShareWithoutModel), cancellationToken, chains: options.Workers, cycles: CafeModel.SearchCycles(options));
        }

        var report = new SolverReport(
            start is null ? "UNKNOWN" : "FEASIBLE", 0, null, null, 0, 0, options.TimeLimitSeconds, options.Workers, options.Seed, complete, 0, 0);
        var allPairs = instance.Weights.RepeatedPair == 0 || instance.Rounds < 2
            || (long)instance.OfficeCount * (instance.OfficeCount - 1) / 2 * instance.Rounds * instance.SubjectCount <= CafeInstance.AllPairsBudget;
        return (start, report, allPairs, true);
    }

    internal static WorldCafePlan Write(CafeInstance x, int[,] seating, SolverReport report, CafeFigures? baseline, bool allPairs, bool fromStart)
    {
        int n = x.OfficeCount, rounds = x.Rounds;
        var wordings = x.Dataset.Offers.GroupBy(o => (o.Office, o.Subject)).ToDictionary(g => g.Key, g => g.First().Wording);
        var tables = new List<CafeTable>();
        var tableNumber = new int[rounds, x.SubjectCount];
        for (var r = 0; r < rounds; r++)
        {
            var number = 0;
            for (var s = 0; s < x.SubjectCount; s++)
            {
                var seated = Enumerable.Range(0, n).Where(i => seating[i, r] == s).ToArray();
                if (seated.Length == 0)
                {
                    continue;
                }

                tableNumber[r, s] = ++number;
                var ss = s;
                var encounters = seated.SelectMany(a => seated.Where(b => b != a && x.Requests[a, ss] && x.Offers[b, ss])
                    .Select(b => new CafeEncounter(x.Offices[a], x.Offices[b]))).ToArray();
                tables.Add(new CafeTable(
                    r + 1,
                    number,
                    x.Subjects[s].Id,
                    [.. seated.Select(i => x.Offices[i])],
                    [.. seated.Where(i => x.Requests[i, ss]).Select(i => x.Offices[i])],
                    [.. seated.Where(i => x.Offers[i, ss]).Select(i => x.Offices[i])],
                    [.. seated.Where(i => !x.Interested(i, ss)).Select(i => x.Offices[i])],
                    [.. seated.Where(i => x.Offers[i, ss]).Select(i => new CafeOfferLine(x.Offices[i], wordings.GetValueOrDefault((x.Offices[i], x.Subjects[ss].Id))))],
                    encounters));
            }
        }

        var itineraries = Enumerable.Range(0, n).Select(i => new CafeItinerary(
            x.Offices[i],
            [.. Enumerable.Range(0, rounds).Select(r =>
            {
                var s = seating[i, r];
                var role = (x.Requests[i, s], x.Offers[i, s]) switch
                {
                    (true, true) => "BOTH",
                    (true, false) => "REQUESTS",
                    (false, true) => "OFFERS",
                    _ => "NEITHER",
                };
                return new CafeStop(r + 1, tableNumber[r, s], x.Subjects[s].Id, role, [.. Enumerable.Range(0, n).Where(j => j != i && seating[j, r] == s).Select(j => x.Offices[j])]);
            })])).ToArray();
        var subjects = x.Subjects.Select((subject, s) => new CafeSubject(
            subject.Id,
            subject.Name,
            subject.Request,
            [.. Enumerable.Range(0, n).Where(i => x.Requests[i, s]).Select(i => x.Offices[i])],
            [.. Enumerable.Range(0, n).Where(i => x.Offers[i, s]).Select(i => x.Offices[i])])).ToArray();
        return new WorldCafePlan(
            x.Dataset.Version,
            x.Offices,
            subjects,
            rounds,
            x.Tables,
            x.Seats,
            x.MinutesPerRound,
            x.Weights,
            tables,
            itineraries,
            CafeFigures.Of(x, seating),
            baseline,
            report,
            allPairs ? "ALL_PAIRS" : "ENCOUNTER_PAIRS",
            fromStart ? "GREEDY_START" : "CP_SAT");
    }
}
