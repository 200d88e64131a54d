using System.Diagnostics;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Needs;
using CoopGraph.Domain.Formats;
using Google.OrTools.Sat;

namespace CoopGraph.Planning.Workshops;

/// <summary>
/// Chooses K workshops with CP-SAT. A workshop is one subject, hosted by the offices that offer it, for up to C
/// requesters that another office can help. n[s] workshops on subject s answer at most C·n[s] of its requests, and
/// Σ n[s] ≤ K; the solver picks n and the answered requests to maximise their summed weight. This aggregate model is
/// exact (participants of one subject can always be split into its n[s] workshops) and small, so it is usually proven
/// optimal at once.
/// </summary>
public static class WorkshopPlanner
{
    /// <summary>Plans <paramref name="options"/> on <paramref name="analysis"/>; bad input is a <see cref="PlanningInputException"/>.</summary>
    public static WorkshopPortfolio Plan(NetworkAnalysis analysis, WorkshopOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(options);
        PlanningInputException.Check(options.Workshops is >= 1 and <= 1000, "workshops", $"must be between 1 and 1000 (got {options.Workshops})");
        PlanningInputException.Check(options.Capacity is >= 1 and <= 10_000, "capacity", $"must be between 1 and 10000 (got {options.Capacity})");
        PlanningInputException.Check(options.Workers is >= 1 and <= 64, "workers", $"must be between 1 and 64 (got {options.Workers})");
        PlanningInputException.Check(options.TimeLimitSeconds is > 0 and <= 600, "timeLimitSeconds", $"must be more than 0 and at most 600 (got {options.TimeLimitSeconds})");
        var weights = options.Weights ?? WorkshopWeights.Default;
        PlanningInputException.CheckWeights(weights.Base, weights.IsolatedOffice, weights.UnmetSubject, weights.FragileSubject);

        var candidates = Candidates(analysis, weights);
        var (optimal, report) = Solve(candidates, options, cancellationToken);
        var greedy = Greedy(candidates, options.Workshops, options.Capacity);
        return new WorkshopPortfolio(
            analysis.Snapshot.Version, options.Workshops, options.Capacity, weights, candidates.Sum(c => c.Requests.Count), optimal, greedy, report);
    }

    private sealed record Candidate(string Subject, NeedStatus Status, IReadOnlyList<string> Hosts, IReadOnlyList<WorkshopRequest> Requests);

    /// <summary>Every non-cross-cutting subject with an offerer, with its coverable requests, heaviest first.</summary>
    private static List<Candidate> Candidates(NetworkAnalysis analysis, WorkshopWeights weights)
    {
        var isolated = analysis.Isolation().Offices.Where(o => o.Flags.Count > 0).Select(o => o.Code).ToHashSet(StringComparer.Ordinal);
        var result = new List<Candidate>();
        foreach (var need in analysis.UnmetNeeds().Subjects)
        {
            if (need.Offerers.Count == 0)
            {
                continue;
            }

            var extra = need.Status switch
            {
                NeedStatus.Unmet => weights.UnmetSubject,
                NeedStatus.Fragile => weights.FragileSubject,
                _ => 0,
            };
            var requests = need.Requesters
                .Where(r => need.Offerers.Any(h => h != r))
                .Select(r => new WorkshopRequest(r, weights.Base + extra + (isolated.Contains(r) ? weights.IsolatedOffice : 0), isolated.Contains(r)))
                .OrderByDescending(r => r.Weight)
                .ThenBy(r => r.Office, StringComparer.Ordinal)
                .ToList();
            if (requests.Count > 0)
            {
                result.Add(new Candidate(need.Id, need.Status, need.Offerers, requests));
            }
        }

        return result;
    }

    private static (WorkshopPlan Plan, SolverReport Report) Solve(List<Candidate> candidates, WorkshopOptions options, CancellationToken cancellationToken)
    {
        var model = new CpModel();
        var count = new IntVar[candidates.Count];
        var covered = new BoolVar[candidates.Count][];
        var objective = LinearExpr.NewBuilder();
        for (var c = 0; c < candidates.Count; c++)
        {
            var requests = candidates[c].Requests;
            var most = (requests.Count + options.Capacity - 1) / options.Capacity;
            count[c] = model.NewIntVar(0, Math.Min(most, options.Workshops), $"n_{c}");
            covered[c] = [.. requests.Select((r, i) => model.NewBoolVar($"x_{c}_{i}"))];
            model.Add(LinearExpr.Sum(covered[c]) <= options.Capacity * count[c]);
            for (var i = 0; i < requests.Count; i++)
            {
                objective.AddTerm(covered[c][i], requests[i].Weight);
            }
        }

        model.Add(LinearExpr.Sum(count) <= options.Workshops);
        model.Maximize(objective);
        var solver = SolverSettings.Create(options.TimeLimitSeconds, null, options.Workers, options.Seed, largeModel: false);
        var clock = Stopwatch.StartNew();
        CpSolverStatus status;
        using (cancellationToken.Register(solver.StopSearch))
        {
            status = solver.Solve(model);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var report = SolverSettings.Report(solver, status, model, options.TimeLimitSeconds, options.Workers, options.Seed, clock.Elapsed.TotalSeconds);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            throw new InvalidOperationException($"no workshop portfolio found within {options.TimeLimitSeconds} s (solver status {report.Status})");
        }

        var workshops = new List<Workshop>();
        for (var c = 0; c < candidates.Count; c++)
        {
            var chosen = candidates[c].Requests.Where((r, i) => solver.BooleanValue(covered[c][i])).ToList();
            var n = (int)solver.Value(count[c]);
            workshops.AddRange(Split(candidates[c], chosen, n));
        }

        return (PlanOf(workshops), report);
    }

    /// <summary>Deals <paramref name="chosen"/> (heaviest first) over <paramref name="n"/> workshops.</summary>
    private static IEnumerable<Workshop> Split(Candidate candidate, List<WorkshopRequest> chosen, int n)
    {
        for (var k = 0; k < n; k++)
        {
            var participants = chosen.Where((_, i) => i % n == k).ToList();
            if (participants.Count > 0)
            {
                yield return new Workshop(candidate.Subject, EnumNames.ConstantCase(candidate.Status), candidate.Hosts, participants, participants.Sum(p => p.Weight));
            }
        }
    }

    /// <summary>K times, the workshop whose C heaviest unanswered requests weigh most (ties: subject order).</summary>
    private static WorkshopPlan Greedy(List<Candidate> candidates, int k, int capacity)
    {
        var remaining = candidates.Select(c => c.Requests.ToList()).ToList();
        var workshops = new List<Workshop>();
        for (var step = 0; step < k; step++)
        {
            var best = -1;
            var bestValue = 0;
            for (var c = 0; c < candidates.Count; c++)
            {
                var value = remaining[c].Take(capacity).Sum(r => r.Weight);
                if (value > bestValue)
                {
                    (best, bestValue) = (c, value);
                }
            }

            if (best < 0)
            {
                break;
            }

            var participants = remaining[best].Take(capacity).ToList();
            remaining[best].RemoveRange(0, participants.Count);
            workshops.Add(new Workshop(candidates[best].Subject, EnumNames.ConstantCase(candidates[best].Status), candidates[best].Hosts, participants, bestValue));
        }

        return PlanOf(workshops);
    }

    private static WorkshopPlan PlanOf(List<Workshop> workshops) =>
        new(workshops, workshops.Sum(w => w.Value), workshops.Sum(w => w.Participants.Count));
}
