using CoopGraph.Planning.Cohorts;

namespace CoopGraph.Planning.Tests.Cohorts;

public class RoleTests
{
    [Fact]
    public void Find_Lima_EveryOfficeOneRoleByTheStatedRules()
    {
        var roles = RoleFinder.Find(PlanningData.Lima);
        var centrality = PlanningData.Lima.Centrality();
        roles.Offices.Count.ShouldBe(centrality.Offices.Count);
        foreach (var r in roles.Offices)
        {
            var c = centrality[r.Office];
            (r.InDegree, r.OutDegree, r.Betweenness).ShouldBe((c.InDegree, c.OutDegree, c.Betweenness));
            var expected = (c.InDegree, c.OutDegree) switch
            {
                (0, 0) => OfficeRole.Isolated,
                _ when c.Betweenness >= 0.05 => OfficeRole.Broker,
                var (i, o) when o > i && (o >= 0.25 * (centrality.Offices.Count - 1) || i == 0) => OfficeRole.ProviderHub,
                var (i, o) when i > 0 && o > 0 => OfficeRole.Dual,
                _ => OfficeRole.Requester,
            };
            r.Role.ShouldBe(expected, r.Office);
            r.Reason.ShouldNotBeNullOrWhiteSpace();
        }

        roles.Offices.Single(o => o.Office == "JPN").Role.ShouldBe(OfficeRole.Isolated);
    }

    [Fact]
    public void Find_ZeroBrokerThreshold_MakesEveryConnectedOfficeABroker()
    {
        var roles = RoleFinder.Find(PlanningData.Lima, new RoleThresholds(BrokerBetweenness: 0));
        roles.Offices.Where(o => o.InDegree + o.OutDegree > 0).ShouldAllBe(o => o.Role == OfficeRole.Broker);
    }

    [Fact]
    public void Find_BadThreshold_ThrowsNamingIt()
    {
        Should.Throw<PlanningInputException>(() => RoleFinder.Find(PlanningData.Lima, new RoleThresholds(HubOutShare: 2))).Argument.ShouldBe("hubOutShare");
    }
}
