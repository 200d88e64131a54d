namespace CoopGraph.Planning;

/// <summary>How a CP-SAT solve ended.</summary>
/// <param name="Status">CP-SAT's status: <c>OPTIMAL</c> (proven), <c>FEASIBLE</c> (stopped by a limit), <c>INFEASIBLE</c>, <c>UNKNOWN</c>.</param>
/// <param name="Objective">The objective of the returned plan (maximised).</param>
/// <param name="Bound">
/// A proven upper bound on the objective: no plan can score more (null when none was proven). CP-SAT's own, or, for the
/// World Café, the table-composition LP bound when that is lower (<see cref="BoundSource"/>; docs/planning.md).
/// </param>
/// <param name="Gap">(bound − objective) / max(1, |objective|); 0 when optimal; null without a bound.</param>
/// <param name="WallSeconds">Wall-clock seconds spent in the solver.</param>
/// <param name="DeterministicTime">CP-SAT's deterministic time (machine-independent work units) spent.</param>
/// <param name="TimeLimitSeconds">The wall-clock limit the solve ran under.</param>
/// <param name="Workers">Solver threads.</param>
/// <param name="Seed">The random seed given to CP-SAT.</param>
/// <param name="Reproducible">
/// True when the solve ended by proof or by its deterministic-time limit, so the same input and seed give the same
/// plan on any machine; false when the wall-clock limit cut it short (a loaded machine can then return another plan).
/// </param>
/// <param name="Variables">Model size: variables.</param>
/// <param name="Constraints">Model size: constraints.</param>
public sealed record SolverReport(
    string Status,
    double Objective,
    double? Bound,
    double? Gap,
    double WallSeconds,
    double DeterministicTime,
    double TimeLimitSeconds,
    int Workers,
    int Seed,
    bool Reproducible,
    int Variables,
    int Constraints)
{
    /// <summary>Which computation proved <see cref="Bound"/>: <c>CP_SAT</c> or <c>TABLE_LP</c> (World Café only).</summary>
    public string BoundSource { get; init; } = "CP_SAT";

    /// <summary>The gap as defined above.</summary>
    public static double? GapOf(double objective, double? bound) =>
        bound is { } b ? Math.Max(0, b - objective) / Math.Max(1, Math.Abs(objective)) : null;
}
