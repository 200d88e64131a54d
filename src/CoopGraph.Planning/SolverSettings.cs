using System.Globalization;
using Google.OrTools.Sat;

namespace CoopGraph.Planning;

/// <summary>
/// The CP-SAT parameters every planner uses. Reproducibility comes from a fixed seed, deterministic parallel search
/// (<c>interleave_search</c>) and a deterministic-time limit set below the wall-clock one: on a normal machine the
/// deterministic limit (or a proof) ends the solve, so the plan does not depend on the machine's speed or load.
/// </summary>
internal static class SolverSettings
{
    /// <summary>Deterministic-time units allowed per wall-clock second of the caller's limit, unless the caller sets them.</summary>
    public const double DeterministicPerSecond = 0.2;

    /// <summary>Models with more variables than this get a lighter presolve.</summary>
    public const int LargeModelVariables = 20_000;

    public static CpSolver Create(double timeLimitSeconds, double? workLimit, int workers, int seed, bool largeModel)
    {
        var p = string.Create(
            CultureInfo.InvariantCulture,
            $"max_time_in_seconds:{timeLimitSeconds} max_deterministic_time:{workLimit ?? (timeLimitSeconds * DeterministicPerSecond)} num_workers:{workers} random_seed:{seed} interleave_search:{(workers > 1 ? "true" : "false")}");
        if (largeModel)
        {
            // Probing a large model's presolve took most of a 30 s budget on a loaded 2-core machine, leaving no search.
            p += " cp_model_probing_level:0 symmetry_level:0";
        }
        return new CpSolver { StringParameters = p };
    }

    public static SolverReport Report(CpSolver solver, CpSolverStatus status, CpModel model, double timeLimitSeconds, int workers, int seed, double wallSeconds)
    {
        var hasPlan = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible;
        var objective = hasPlan ? solver.ObjectiveValue : 0;
        double? bound = hasPlan || status == CpSolverStatus.Infeasible ? solver.BestObjectiveBound : null;
        var gap = status == CpSolverStatus.Optimal ? 0 : SolverReport.GapOf(objective, bound);
        var deterministic = solver.Response?.DeterministicTime ?? 0;
        var reproducible = status == CpSolverStatus.Optimal || wallSeconds < timeLimitSeconds * 0.98;
        var proto = model.Model;
        return new SolverReport(
            status.ToString().ToUpperInvariant(), objective, bound, gap, wallSeconds, deterministic, timeLimitSeconds, workers, seed,
            reproducible, proto.Variables.Count, proto.Constraints.Count);
    }
}
