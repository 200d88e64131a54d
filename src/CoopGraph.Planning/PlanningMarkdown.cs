using System.Globalization;
using System.Text;
using CoopGraph.Domain.Formats;
using CoopGraph.Planning.Cohorts;
using CoopGraph.Planning.Workshops;
using CoopGraph.Planning.WorldCafe;

namespace CoopGraph.Planning;

/// <summary>The planning results as Markdown, as <c>coopgraph plan</c> and <c>coopgraph cohorts</c> print them.</summary>
public static class PlanningMarkdown
{
    /// <summary>Figures, timetable, facilitator sheets and itineraries of a World Café plan.</summary>
    public static string Write(WorldCafePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var b = new StringBuilder();
        b.Line($"# World Café: {plan.Offices.Count} offices, {plan.Rounds} rounds × {plan.Tables} tables of up to {plan.Seats} seats, {plan.MinutesPerRound} min per round");
        b.Line();
        b.Line($"Dataset version {plan.DatasetVersion}. Weights: interest seat {plan.Weights.InterestSeat}, encounter {plan.Weights.Encounter}, repeated pair −{plan.Weights.RepeatedPair}, imbalance −{plan.Weights.Imbalance}.");
        b.Line();
        b.Line("## Figures");
        b.Line();
        b.Line("| figure | plan | random baseline |");
        b.Line("|---|---:|---:|");
        var r = plan.Baseline;
        b.Line($"| encounters (higher is better) | {plan.Figures.Encounters} | {r?.Encounters.ToString(CultureInfo.InvariantCulture) ?? "–"} |");
        b.Line($"| interest seats | {plan.Figures.InterestSeats} | {r?.InterestSeats.ToString(CultureInfo.InvariantCulture) ?? "–"} |");
        b.Line($"| useless seats (lower is better) | {plan.Figures.UselessSeats} | {r?.UselessSeats.ToString(CultureInfo.InvariantCulture) ?? "–"} |");
        b.Line($"| repeated pairs (lower is better) | {plan.Figures.RepeatedPairs} | {r?.RepeatedPairs.ToString(CultureInfo.InvariantCulture) ?? "–"} |");
        b.Line($"| imbalance (lower is better) | {plan.Figures.Imbalance} | {r?.Imbalance.ToString(CultureInfo.InvariantCulture) ?? "–"} |");
        b.Line($"| objective | {plan.Figures.Objective} | {r?.Objective.ToString(CultureInfo.InvariantCulture) ?? "–"} |");
        b.Line();
        Solver(b, plan.Solver);
        b.Line($"Plan from {plan.PlanSource}; repeats modelled for {plan.RepeatsModel}.");
        b.Line();
        b.Line("## Timetable");
        b.Line();
        b.Line("| round | " + string.Join(" | ", Enumerable.Range(1, plan.Tables).Select(t => $"table {t}")) + " |");
        b.Line("|---|" + string.Concat(Enumerable.Repeat("---|", plan.Tables)));
        foreach (var round in plan.Timetable.GroupBy(t => t.Round))
        {
            b.Line($"| {round.Key} | " + string.Join(" | ", round.Select(t => $"**{t.Subject}**: {string.Join(", ", t.Offices)}")) + " |");
        }

        b.Line();
        b.Line("## Facilitator sheets");
        foreach (var t in plan.Timetable)
        {
            var subject = plan.Subjects.First(s => s.Id == t.Subject);
            b.Line();
            b.Line($"### Round {t.Round}, table {t.Table}: {subject.Name}");
            b.Line();
            if (subject.Request is { } request)
            {
                b.Line($"Request: {request}");
                b.Line();
            }

            b.Line($"- Requesting: {List(t.Requesters)}");
            b.Line($"- Offering: {List(t.Offerers)}");
            b.Line($"- Others at the table: {List(t.Others)}");
            b.Line($"- Encounters: {(t.Encounters.Count == 0 ? "none" : string.Join(", ", t.Encounters.Select(e => $"{e.Requester} ← {e.Offerer}")))}");
            foreach (var line in t.Offers)
            {
                b.Line($"- {line.Office} offers: {line.Wording ?? "(no wording in the source)"}");
            }
        }

        b.Line();
        b.Line("## Itineraries");
        b.Line();
        b.Line("| office | " + string.Join(" | ", Enumerable.Range(1, plan.Rounds).Select(i => $"round {i}")) + " |");
        b.Line("|---|" + string.Concat(Enumerable.Repeat("---|", plan.Rounds)));
        foreach (var i in plan.Itineraries)
        {
            b.Line($"| {i.Office} | " + string.Join(" | ", i.Stops.Select(s => $"T{s.Table} {s.Subject} ({s.Role.ToLowerInvariant()})")) + " |");
        }

        return b.ToString();
    }

    /// <summary>The CP-SAT portfolio with its bound, and the greedy one.</summary>
    public static string Write(WorkshopPortfolio portfolio)
    {
        ArgumentNullException.ThrowIfNull(portfolio);
        var b = new StringBuilder();
        var w = portfolio.Weights;
        b.Line($"# Workshop portfolio: K = {portfolio.Workshops}, C = {portfolio.Capacity}");
        b.Line();
        b.Line($"Dataset version {portfolio.DatasetVersion}. Request weight = {w.Base} + {w.IsolatedOffice} if the requester is isolated + {w.UnmetSubject} if the subject is UNMET / {w.FragileSubject} if FRAGILE. Coverable requests: {portfolio.CoverableRequests}.");
        b.Line();
        Solver(b, portfolio.Solver);
        foreach (var (title, plan) in new[] { ("CP-SAT plan", portfolio.Optimal), ("Greedy plan (for comparison)", portfolio.Greedy) })
        {
            b.Line($"## {title}: objective {plan.Objective}, {plan.CoveredRequests} requests answered");
            b.Line();
            b.Line("| subject | status | hosts | participants (weight) | value |");
            b.Line("|---|---|---|---|---:|");
            foreach (var ws in plan.Workshops)
            {
                b.Line($"| {ws.Subject} | {ws.Status} | {string.Join(", ", ws.Hosts)} | {string.Join(", ", ws.Participants.Select(p => $"{p.Office} ({p.Weight})"))} | {ws.Value} |");
            }

            b.Line();
        }

        return b.ToString();
    }

    /// <summary>Cohorts and their modularity.</summary>
    public static string Write(CohortsResult cohorts)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        var b = new StringBuilder();
        b.Line(Invariant($"# Cohorts at resolution {cohorts.Resolution}: {cohorts.Cohorts.Count} cohorts, modularity {cohorts.Modularity:0.######}"));
        b.Line();
        b.Line($"Dataset version {cohorts.DatasetVersion}; {cohorts.Edges} pairs of offices share a request. Without requests: {List(cohorts.WithoutRequests)}.");
        b.Line();
        b.Line("| cohort | offices | cohesion | most requested | best providers |");
        b.Line("|---:|---|---:|---|---|");
        foreach (var c in cohorts.Cohorts)
        {
            b.Line(Invariant($"| {c.Id} | {string.Join(", ", c.Offices)} | {c.Cohesion:0.###} | {string.Join(", ", c.Subjects.Select(s => $"{s.Subject} ({s.Requesters})"))} | {string.Join(", ", c.Providers.Select(p => $"{p.Office} ({p.Requests})"))} |"));
        }

        return b.ToString();
    }

    /// <summary>Roles with the numbers behind them.</summary>
    public static string Write(RolesResult roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var b = new StringBuilder();
        b.Line(Invariant($"# Office roles (broker: betweenness ≥ {roles.Thresholds.BrokerBetweenness}; provider hub: helps ≥ {roles.Thresholds.HubOutShare} of the others)"));
        b.Line();
        b.Line("| office | role | in | out | betweenness | why |");
        b.Line("|---|---|---:|---:|---:|---|");
        foreach (var o in roles.Offices)
        {
            b.Line(Invariant($"| {o.Office} | {EnumNames.ConstantCase(o.Role)} | {o.InDegree} | {o.OutDegree} | {o.Betweenness:0.####} | {o.Reason} |"));
        }

        return b.ToString();
    }

    private static void Solver(StringBuilder b, SolverReport s)
    {
        b.Line(Invariant($"Solver: {s.Status}, objective {s.Objective}, bound {(s.Bound is { } bound ? bound.ToString(CultureInfo.InvariantCulture) + (s.BoundSource == "CP_SAT" ? "" : " (" + s.BoundSource + ")") : "none")}, gap {(s.Gap is { } gap ? gap.ToString("0.####", CultureInfo.InvariantCulture) : "unknown")}, {s.WallSeconds:0.0} s of {s.TimeLimitSeconds:0.#} s, {s.Workers} workers, seed {s.Seed}, reproducible {(s.Reproducible ? "yes" : "no")}."));
        b.Line();
    }

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static void Line(this StringBuilder b, string text = "") => b.Append(text).Append('\n');
}
