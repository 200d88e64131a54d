using CoopGraph.Analytics.Matching;
using CoopGraph.Domain;

namespace CoopGraph.Analytics.Tests.Matching;

public class MatchPlanTests
{
    [Theory]
    [InlineData(1, 1, CapacityMode.Total)]
    [InlineData(2, 1, CapacityMode.Total)]
    [InlineData(3, 2, CapacityMode.Total)]
    [InlineData(4, 1, CapacityMode.PerSubject)]
    [InlineData(5, 2, CapacityMode.PerSubject)]
    [InlineData(6, 1, CapacityMode.Total)]
    public void MatchPlan_TinyRandomNetwork_CoversAsManyAsExhaustiveSearch(int seed, int capacity, CapacityMode mode)
    {
        var dataset = Tiny(seed);
        var plan = NetworkAnalysis.Of(dataset).MatchPlan(capacity, mode);
        plan.Assigned.ShouldBe(BestByEnumeration(dataset, capacity, mode));
        Feasible(plan, capacity, mode).ShouldBeTrue();
        plan.Assignments.ShouldAllBe(a => a.Provider != a.Office && a.Offer.Subject == a.Subject && a.Request.Office == a.Office);
    }

    [Fact]
    public void MatchPlan_FortyRandomNetworks_NeverBeatenByExhaustiveSearch()
    {
        for (var seed = 10; seed < 50; seed++)
        {
            var dataset = Tiny(seed);
            var analysis = NetworkAnalysis.Of(dataset);
            foreach (var mode in new[] { CapacityMode.Total, CapacityMode.PerSubject })
            {
                for (var capacity = 0; capacity <= 2; capacity++)
                {
                    var plan = analysis.MatchPlan(capacity, mode);
                    plan.Assigned.ShouldBe(BestByEnumeration(dataset, capacity, mode), $"seed {seed}, c = {capacity}, {mode}");
                    Feasible(plan, capacity, mode).ShouldBeTrue();
                    (plan.Assignments.Count + plan.Unassigned.Count).ShouldBe(plan.Requests);
                }
            }
        }
    }

    [Fact]
    public void MatchPlan_LargeCapacity_CoversEveryCoverableRequest()
    {
        var plan = NetworkAnalysis.Of(Networks.Sample()).MatchPlan(100);
        plan.Requests.ShouldBe(5);
        plan.Coverable.ShouldBe(3);
        plan.Assigned.ShouldBe(3);
        plan.CoveragePercent.ShouldBe(60);
        plan.Unassigned.Select(u => (u.Office, u.Subject, u.Reason)).ShouldBe(
            [("BRA", "a1", "no other office offers the subject"), ("ARG", "b2", "no other office offers the subject")]);
    }

    [Fact]
    public void MatchPlan_CapacityOneTotal_LimitsEachProvider()
    {
        // ARG and CHL are only helped by BRA, on two subjects: BRA serves one of them in total, both per subject.
        var dataset = Networks.Make("ARG BRA CHL", "ARG:a1 CHL:a2", "BRA:a1 BRA:a2");
        var analysis = NetworkAnalysis.Of(dataset);
        analysis.MatchPlan(1, CapacityMode.Total).Assigned.ShouldBe(1);
        analysis.MatchPlan(1, CapacityMode.PerSubject).Assigned.ShouldBe(2);
        analysis.MatchPlan(1, CapacityMode.Total).Unassigned.Single().Reason.ShouldBe("every office offering it is at capacity");
        var sameSubject = NetworkAnalysis.Of(Networks.Make("ARG BRA CHL", "ARG:a1 CHL:a1", "BRA:a1"));
        sameSubject.MatchPlan(1, CapacityMode.PerSubject).Assigned.ShouldBe(1);
        sameSubject.MatchPlan(2, CapacityMode.PerSubject).Assigned.ShouldBe(2);
    }

    [Fact]
    public void MatchPlan_SameNetworkTwice_GivesSamePlan()
    {
        var first = NetworkAnalysis.Of(Tiny(3)).MatchPlan(1);
        var second = NetworkAnalysis.Of(Tiny(3)).MatchPlan(1);
        second.Assignments.Select(a => (a.Office, a.Subject, a.Provider)).ShouldBe(first.Assignments.Select(a => (a.Office, a.Subject, a.Provider)));
    }

    private static Dataset Tiny(int seed)
    {
        var random = new Random(seed);
        string[] offices = ["AAA", "BBB", "CCC", "DDD"];
        string[] subjects = ["a1", "a2", "b1"];
        var requests = new List<string>();
        var offers = new List<string>();
        foreach (var office in offices)
        {
            foreach (var subject in subjects)
            {
                if (random.NextDouble() < 0.4 && requests.Count < 7)
                {
                    requests.Add($"{office}:{subject}");
                }

                if (random.NextDouble() < 0.4)
                {
                    offers.Add($"{office}:{subject}");
                }
            }
        }

        return Networks.Make(string.Join(' ', offices), string.Join(' ', requests), string.Join(' ', offers));
    }

    private static int BestByEnumeration(Dataset d, int capacity, CapacityMode mode)
    {
        var options = d.Requests.Select(r => d.Offers.Where(o => o.Subject == r.Subject && o.Office != r.Office).Select(o => o.Office).ToList()).ToList();
        var best = 0;
        var choice = new string?[options.Count];

        void Search(int i, int assigned)
        {
            if (i == options.Count)
            {
                best = Math.Max(best, assigned);
                return;
            }

            choice[i] = null;
            Search(i + 1, assigned);
            foreach (var provider in options[i])
            {
                choice[i] = provider;
                var load = Enumerable.Range(0, i + 1).Count(j => choice[j] == provider && (mode == CapacityMode.Total || d.Requests[j].Subject == d.Requests[i].Subject));
                if (load <= capacity)
                {
                    Search(i + 1, assigned + 1);
                }
            }

            choice[i] = null;
        }

        Search(0, 0);
        return best;
    }

    private static bool Feasible(MatchPlanResult plan, int capacity, CapacityMode mode) =>
        plan.Assignments.GroupBy(a => mode == CapacityMode.Total ? a.Provider : a.Provider + "/" + a.Subject).All(g => g.Count() <= capacity)
        && plan.Assignments.Select(a => (a.Office, a.Subject)).Distinct().Count() == plan.Assignments.Count;
}
