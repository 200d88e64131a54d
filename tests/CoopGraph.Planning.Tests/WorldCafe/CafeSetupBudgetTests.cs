using CoopGraph.Analytics;
using CoopGraph.Planning.WorldCafe;

namespace CoopGraph.Planning.Tests.WorldCafe;

public sealed class CafeSetupBudgetTests
{
    [Theory]
    [InlineData(30, 12, 7)]
    [InlineData(60, 20, 3)]
    public void ModelVariables_SmallAndEncounterPairsInstances_EqualTheBuiltModelsVariables(int offices, int subjects, int seed)
    {
        // 60 offices × 20 subjects × 5 rounds is above CafeInstance.AllPairsBudget (repeats of encounter pairs only).
        var analysis = NetworkAnalysis.Of(PlanningData.Random(offices, subjects, seed));
        var options = new WorldCafeOptions(TimeLimitSeconds: 600, WorkLimit: 0.05);
        var instance = CafeInstance.Resolve(analysis, options);
        var plan = WorldCafePlanner.Plan(analysis, options, TestContext.Current.CancellationToken);
        plan.Solver.Variables.ShouldBeGreaterThan(0);
        CafeSetupBudget.ModelVariables(instance).ShouldBe(plan.Solver.Variables);
    }

    [Fact]
    public void Affords_LimaAtOneSecond_IsTrue() =>
        CafeSetupBudget.Affords(CafeInstance.Resolve(PlanningData.Lima, new WorldCafeOptions()), 1).ShouldBeTrue();
}
