using CoopGraph.Analytics;
using CoopGraph.Planning.WorldCafe;

namespace CoopGraph.Planning.Tests.WorldCafe;

public class CafeColumnBoundTests
{
    [Theory]
    [InlineData(6, 3, 3, 2, 4, 1)]
    [InlineData(6, 3, 3, 2, 4, 2)]
    [InlineData(6, 3, 3, 2, 4, 3)]
    [InlineData(5, 4, 2, 2, 3, 4)]
    [InlineData(5, 4, 2, 2, 3, 5)]
    [InlineData(6, 4, 2, 2, 4, 6)]
    public void Compute_TinyInstances_BoundIsAtLeastTheExhaustiveOptimum(int offices, int subjects, int rounds, int tables, int seats, int seed)
    {
        var x = Tiny(offices, subjects, rounds, tables, seats, seed);
        var best = Exhaustive(x);
        var bound = CafeColumnBound.Compute(x, GreedyCafePlan.Build(x), TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);
        bound.Bound.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(best);
    }

    [Theory]
    [InlineData(6, 3, 3, 2, 4, 1)]
    [InlineData(5, 4, 2, 2, 3, 4)]
    public void Plan_TinyInstances_ReachesTheExhaustiveOptimumWithAValidBound(int offices, int subjects, int rounds, int tables, int seats, int seed)
    {
        var analysis = NetworkAnalysis.Of(PlanningData.Random(offices, subjects, seed, requestsEach: 2, offersEach: 1));
        var options = Options(subjects, rounds, tables, seats) with { TimeLimitSeconds = 60 };
        var best = Exhaustive(CafeInstance.Resolve(analysis, options));
        var plan = WorldCafePlanner.Plan(analysis, options, TestContext.Current.CancellationToken);
        plan.Solver.Status.ShouldBe("OPTIMAL");
        plan.Figures.Objective.ShouldBe(best);
        plan.Solver.Bound.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(best);
    }

    [Fact]
    public void Compute_Lima_IsFarBelowTheSolversOwnBound()
    {
        // CP-SAT's bound on the seat model is 394 to 431 on Lima (docs/planning.md); the table LP's optimum is 333, and
        // 329.25 with the penalty floor's row (CafePenaltyFloor: every plan pays at least 38.4 in repeats and imbalance).
        var x = CafeInstance.Resolve(PlanningData.Lima, new WorldCafeOptions());
        var bound = CafeColumnBound.Compute(x, GreedyCafePlan.Build(x), TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        bound.PenaltyFloor.ShouldBe(38.4, 1e-9);
        bound.Bound.ShouldBe(329);
        bound.LpValue.ShouldBe(329.25, 1e-6);
    }

    [Fact]
    public void Compute_LimaWithoutThePenaltyFloor_IsTheTableLpAlone()
    {
        var x = CafeInstance.Resolve(PlanningData.Lima, new WorldCafeOptions());
        var bound = CafeColumnBound.Compute(x, GreedyCafePlan.Build(x), TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken, penaltyFloor: false);
        bound.PenaltyFloor.ShouldBe(0);
        bound.Bound.ShouldBe(333);
        bound.LpValue.ShouldBe(333, 1e-6);
    }

    [Theory]
    [InlineData(12, 7, 1)]
    [InlineData(12, 7, 2)]
    [InlineData(14, 8, 3)]
    public void Compute_SeededNetworks_IsAtLeastTheBestPlanSearched(int offices, int subjects, int seed)
    {
        var x = CafeInstance.Resolve(NetworkAnalysis.Of(PlanningData.Random(offices, subjects, seed)), new WorldCafeOptions());
        var start = (GreedyCafePlan.Build(x) ?? RandomCafePlan.Draw(x, seed)).ShouldNotBeNull();
        var (plan, _) = CafeLocalSearch.Improve(x, start, seed, System.Diagnostics.Stopwatch.StartNew(), TimeSpan.FromHours(1), TestContext.Current.CancellationToken, chains: 2, moveBudget: 1_000_000);
        var bound = CafeColumnBound.Compute(x, start, TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);
        bound.PenaltyFloor.ShouldBeGreaterThan(0);
        bound.Bound.ShouldNotBeNull().ShouldBeGreaterThanOrEqualTo(CafeFigures.Of(x, plan).Objective);
    }

    [Fact]
    public void Plan_Lima_ReportsTheTableLpBound()
    {
        var plan = WorldCafePlanner.Plan(PlanningData.Lima, new WorldCafeOptions(TimeLimitSeconds: 120, WorkLimit: 4, SearchCycles: 1), TestContext.Current.CancellationToken);
        plan.Solver.BoundSource.ShouldBe("TABLE_LP");
        plan.Solver.Bound.ShouldBe(329);
        plan.Solver.Gap.ShouldBe(SolverReport.GapOf(plan.Figures.Objective, 329));
    }

    [Fact]
    public void Compute_TooManyColumns_ReturnsNoBound()
    {
        var x = CafeInstance.Resolve(NetworkAnalysis.Of(PlanningData.Random(200, 60, seed: 11)), new WorldCafeOptions());
        CafeColumnBound.ColumnsOf(x).ShouldBeGreaterThan(CafeColumnBound.MaxColumns);
        CafeColumnBound.Compute(x, null, TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken).Bound.ShouldBeNull();
    }

    private static WorldCafeOptions Options(int subjects, int rounds, int tables, int seats) =>
        new(Rounds: rounds, Tables: tables, Seats: seats, Subjects: [.. Enumerable.Range(0, subjects).Select(s => $"s{s:D2}")]);

    private static CafeInstance Tiny(int offices, int subjects, int rounds, int tables, int seats, int seed) =>
        CafeInstance.Resolve(NetworkAnalysis.Of(PlanningData.Random(offices, subjects, seed, requestsEach: 2, offersEach: 1)), Options(subjects, rounds, tables, seats));

    /// <summary>The best objective over every plan that keeps the hard rules, by enumeration.</summary>
    private static long Exhaustive(CafeInstance x)
    {
        var best = long.MinValue;
        TinyCafePlans.Enumerate(x, plan => best = Math.Max(best, CafeFigures.Of(x, plan).Objective));
        best.ShouldBeGreaterThan(long.MinValue);
        return best;
    }
}
