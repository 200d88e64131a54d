using CoopGraph.Analytics;
using CoopGraph.Planning.Workshops;

namespace CoopGraph.Planning.Tests.Workshops;

public class WorkshopPlannerTests
{
    private static readonly Lazy<WorkshopPortfolio> LimaFive = new(() => WorkshopPlanner.Plan(PlanningData.Lima, new WorkshopOptions(Workshops: 5)));

    [Fact]
    public void Plan_LimaFiveWorkshops_IsProvenOptimalWithItsBound()
    {
        var portfolio = LimaFive.Value;
        portfolio.Solver.Status.ShouldBe("OPTIMAL");
        portfolio.Solver.Bound.ShouldBe(portfolio.Optimal.Objective);
        portfolio.Solver.Objective.ShouldBe(portfolio.Optimal.Objective);
        portfolio.Optimal.Workshops.Count.ShouldBeInRange(1, 5);
        portfolio.Optimal.Objective.ShouldBeGreaterThanOrEqualTo(portfolio.Greedy.Objective);
    }

    [Fact]
    public void Plan_LimaFiveWorkshops_KeepsEveryRule()
    {
        var portfolio = LimaFive.Value;
        var dataset = PlanningData.Lima.Snapshot.Dataset;
        foreach (var plan in new[] { portfolio.Optimal, portfolio.Greedy })
        {
            plan.Workshops.Count.ShouldBeLessThanOrEqualTo(5);
            var answered = new HashSet<(string, string)>();
            foreach (var w in plan.Workshops)
            {
                w.Participants.Count.ShouldBeInRange(1, portfolio.Capacity);
                w.Hosts.ShouldNotBeEmpty();
                w.Hosts.ShouldAllBe(h => dataset.Offers.Any(o => o.Office == h && o.Subject == w.Subject));
                foreach (var p in w.Participants)
                {
                    dataset.Requests.ShouldContain(r => r.Office == p.Office && r.Subject == w.Subject);
                    w.Hosts.ShouldContain(h => h != p.Office);
                    answered.Add((p.Office, w.Subject)).ShouldBeTrue($"{p.Office} answered twice on {w.Subject}");
                }

                w.Value.ShouldBe(w.Participants.Sum(p => p.Weight));
            }

            plan.Objective.ShouldBe(plan.Workshops.Sum(w => w.Value));
            plan.CoveredRequests.ShouldBe(answered.Count);
        }
    }

    [Theory]
    [InlineData(11, 1, 3)]
    [InlineData(12, 2, 4)]
    [InlineData(13, 3, 2)]
    public void Plan_SmallRandomNetworks_MatchesExhaustiveSearch(int seed, int k, int capacity)
    {
        var analysis = NetworkAnalysis.Of(PlanningData.Random(12, 6, seed, requestsEach: 3, offersEach: 1));
        var portfolio = WorkshopPlanner.Plan(analysis, new WorkshopOptions(Workshops: k, Capacity: capacity), TestContext.Current.CancellationToken);
        portfolio.Optimal.Objective.ShouldBe(Exhaustive(analysis, k, capacity, portfolio.Weights));
    }

    [Fact]
    public void Plan_HeavierIsolatedWeight_AnswersAtLeastAsManyIsolatedRequests()
    {
        var light = WorkshopPlanner.Plan(PlanningData.Lima, new WorkshopOptions(Workshops: 2, Capacity: 4, Weights: new(IsolatedOffice: 0)), TestContext.Current.CancellationToken);
        var heavy = WorkshopPlanner.Plan(PlanningData.Lima, new WorkshopOptions(Workshops: 2, Capacity: 4, Weights: new(IsolatedOffice: 50)), TestContext.Current.CancellationToken);
        Isolated(heavy.Optimal).ShouldBeGreaterThanOrEqualTo(Isolated(light.Optimal));
        heavy.Weights.IsolatedOffice.ShouldBe(50);

        static int Isolated(WorkshopPlan plan) => plan.Workshops.Sum(w => w.Participants.Count(p => p.Isolated));
    }

    [Theory]
    [InlineData("workshops", 0, 8)]
    [InlineData("capacity", 5, 0)]
    public void Plan_BadInput_ThrowsNamingTheArgument(string argument, int k, int capacity)
    {
        var e = Should.Throw<PlanningInputException>(() => WorkshopPlanner.Plan(PlanningData.Lima, new WorkshopOptions(Workshops: k, Capacity: capacity), TestContext.Current.CancellationToken));
        e.Argument.ShouldBe(argument);
    }

    /// <summary>Every way to spend k workshops over the subjects; each subject's n workshops take its n·C heaviest requests.</summary>
    private static int Exhaustive(NetworkAnalysis analysis, int k, int capacity, WorkshopWeights w)
    {
        var isolated = analysis.Isolation().Offices.Where(o => o.Flags.Count > 0).Select(o => o.Code).ToHashSet();
        var values = analysis.UnmetNeeds().Subjects.Where(s => s.Offerers.Count > 0).Select(s =>
        {
            var extra = s.Status switch { Analytics.Needs.NeedStatus.Unmet => w.UnmetSubject, Analytics.Needs.NeedStatus.Fragile => w.FragileSubject, _ => 0 };
            return s.Requesters.Where(r => s.Offerers.Any(h => h != r))
                .Select(r => w.Base + extra + (isolated.Contains(r) ? w.IsolatedOffice : 0)).OrderDescending().ToArray();
        }).ToArray();
        return Best(0, k);

        int Best(int subject, int left)
        {
            if (subject == values.Length)
            {
                return 0;
            }

            var best = 0;
            for (var n = 0; n <= left; n++)
            {
                best = Math.Max(best, values[subject].Take(n * capacity).Sum() + Best(subject + 1, left - n));
            }

            return best;
        }
    }
}
