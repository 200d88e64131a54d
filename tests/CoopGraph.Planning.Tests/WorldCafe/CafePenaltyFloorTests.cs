using System.Diagnostics;
using CoopGraph.Analytics;
using CoopGraph.Planning.WorldCafe;

namespace CoopGraph.Planning.Tests.WorldCafe;

public class CafePenaltyFloorTests
{
    private static readonly TimeSpan NoDeadline = TimeSpan.FromHours(1);

    [Theory]
    [InlineData(6, 3, 3, 2, 4, 1)]
    [InlineData(6, 3, 3, 2, 4, 2)]
    [InlineData(6, 4, 3, 2, 4, 3)]
    [InlineData(5, 4, 2, 2, 3, 4)]
    [InlineData(6, 4, 2, 2, 4, 6)]
    public void Of_TinyInstances_IsAtMostTheLeastPenaltyOfEveryPlan(int offices, int subjects, int rounds, int tables, int seats, int seed)
    {
        var options = new WorldCafeOptions(Rounds: rounds, Tables: tables, Seats: seats, Subjects: [.. Enumerable.Range(0, subjects).Select(s => $"s{s:D2}")]);
        var x = CafeInstance.Resolve(NetworkAnalysis.Of(PlanningData.Random(offices, subjects, seed, requestsEach: 2, offersEach: 1)), options);
        var least = double.PositiveInfinity;
        TinyCafePlans.Enumerate(x, plan => least = Math.Min(least, Penalty(x, plan)));
        least.ShouldBeLessThan(double.PositiveInfinity);
        CafePenaltyFloor.Of(x).ShouldBeLessThanOrEqualTo(least + 1e-9);
    }

    [Fact]
    public void Of_ThreeRoundsOfTwoTables_ForcesRepeats()
    {
        // 6 offices, 3 rounds, 2 tables of 3 (or 4 + 2), 3 subjects: each subject is open in 2 rounds (or 3 + 2 + 1),
        // and a table's offices all meet again at the one other table of a round where its subject is open.
        var options = new WorldCafeOptions(Rounds: 3, Tables: 2, Seats: 4, Subjects: ["s00", "s01", "s02"]);
        var x = CafeInstance.Resolve(NetworkAnalysis.Of(PlanningData.Random(6, 3, 1, requestsEach: 2, offersEach: 1)), options);
        CafePenaltyFloor.Of(x).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Of_Lima_IsTheHandCount()
    {
        // 20 tables over 6 subjects: open in 4, 4, 3, 3, 3, 3 rounds at best, all tables of 4; a table of 4 forces one
        // pair to meet again in each other round its subject is open: 2·4·3 + 4·3·2 = 48 events, ≥ 48/5 repeats,
        // × 4 points = 38.4 (a table of 3 or 5 costs 1 point of imbalance share and saves no more).
        var x = CafeInstance.Resolve(PlanningData.Lima, new WorldCafeOptions());
        CafePenaltyFloor.Of(x).ShouldBe(38.4, 1e-9);
    }

    [Theory]
    [InlineData(12, 7, 1)]
    [InlineData(12, 7, 2)]
    [InlineData(16, 8, 3)]
    [InlineData(20, 9, 4)]
    public void Of_SeededNetworks_IsAtMostThePenaltyOfRandomAndPenaltyMinimisingPlans(int offices, int subjects, int seed)
    {
        // Plans searched for the least penalty alone (interest and encounters weigh nothing) are the hardest test.
        var options = new WorldCafeOptions(Weights: new WorldCafeWeights(InterestSeat: 0, Encounter: 0, RepeatedPair: 4, Imbalance: 2));
        var x = CafeInstance.Resolve(NetworkAnalysis.Of(PlanningData.Random(offices, subjects, seed)), options);
        var floor = CafePenaltyFloor.Of(x);
        floor.ShouldBeGreaterThan(0);
        // The greedy plan can miss on a random network; the random plan keeps the rules too.
        var start = (GreedyCafePlan.Build(x) ?? RandomCafePlan.Draw(x, seed)).ShouldNotBeNull();
        var (annealed, _) = CafeLocalSearch.Improve(x, start, seed, Stopwatch.StartNew(), NoDeadline, TestContext.Current.CancellationToken, chains: 2, moveBudget: 400_000);
        floor.ShouldBeLessThanOrEqualTo(Penalty(x, annealed) + 1e-9);
        // The random plan gives up on some draws; the others are checked.
        var draws = Enumerable.Range(1, 8).Select(draw => RandomCafePlan.Draw(x, draw)).OfType<int[,]>().ToList();
        draws.ShouldNotBeEmpty();
        draws.ShouldAllBe(plan => floor <= Penalty(x, plan) + 1e-9);
    }

    [Fact]
    public void Forced_FourOfficesAtThreeTables_MeetOnceAgain()
    {
        CafePenaltyFloor.Forced(4, 3).ShouldBe(1);
        CafePenaltyFloor.Forced(5, 3).ShouldBe(2);
        CafePenaltyFloor.Forced(3, 3).ShouldBe(0);
        CafePenaltyFloor.Forced(4, 1).ShouldBe(6);
    }

    /// <summary>RepeatedPair·repeats + Imbalance·(the tables' imbalance shares): what the floor bounds.</summary>
    private static double Penalty(CafeInstance x, int[,] plan)
    {
        var figures = CafeFigures.Of(x, plan);
        double shares = 0;
        for (var r = 0; r < x.Rounds; r++)
        {
            var sizes = new int[x.SubjectCount];
            for (var i = 0; i < x.OfficeCount; i++)
            {
                sizes[plan[i, r]]++;
            }

            shares += sizes.Where(z => z > 0).Sum(z => 2.0 / x.Tables * Math.Abs(z - ((double)x.OfficeCount / x.Tables)));
        }

        return (x.Weights.RepeatedPair * figures.RepeatedPairs) + (x.Weights.Imbalance * shares);
    }
}
