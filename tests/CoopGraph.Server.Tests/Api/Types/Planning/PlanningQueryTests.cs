using System.Net;

namespace CoopGraph.Server.Tests.Api.Types.Planning;

/// <summary>The planning fields: answers on Lima, coded errors naming the argument, the server's time-limit cap.</summary>
public sealed class PlanningQueryTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    private ServerUnderTest Server => fixture.Server;

    [Fact]
    public async Task WorldCafe_Lima_ReturnsTimetableItinerariesFiguresAndBound()
    {
        var data = await Server.DataAsync("""
            { worldCafe(timeLimitSeconds: 5) {
                offices rounds tables seats minutesPerRound
                timetable { round table subject offices requesters offerers offers { office wording } encounters { requester offerer } }
                itineraries { office stops { round table subject role with } }
                figures { encounters repeatedPairs uselessSeats interestSeats imbalance objective }
                baseline { encounters objective }
                solver { status objective bound gap seed reproducible } } }
            """);
        var plan = data.GetProperty("worldCafe");
        plan.GetProperty("offices").GetArrayLength().ShouldBe(16);
        plan.GetProperty("timetable").EnumerateArray().Sum(t => t.GetProperty("offices").GetArrayLength()).ShouldBe(80);
        plan.GetProperty("itineraries").GetArrayLength().ShouldBe(16);
        var solver = plan.GetProperty("solver");
        solver.GetProperty("status").GetString().ShouldBeOneOf("OPTIMAL", "FEASIBLE");
        solver.GetProperty("bound").GetDouble().ShouldBeGreaterThanOrEqualTo(solver.GetProperty("objective").GetDouble());
        plan.GetProperty("figures").GetProperty("objective").GetInt64().ShouldBe((long)solver.GetProperty("objective").GetDouble());
    }

    [Theory]
    [InlineData("worldCafe(tables: 3)", "INVALID_INPUT", "offices:")]
    [InlineData("worldCafe(rounds: 0)", "INVALID_INPUT", "rounds:")]
    [InlineData("worldCafe(offices: [\"ARG\", \"Atlantis\"])", "NOT_FOUND", "offices:")]
    [InlineData("worldCafe(subjects: [\"ai-tools\", \"basket-weaving\"])", "NOT_FOUND", "subjects:")]
    [InlineData("worldCafe(timeLimitSeconds: 10000)", "INVALID_INPUT", "timeLimitSeconds:")]
    [InlineData("worldCafe(weights: { encounter: -1 })", "INVALID_INPUT", "weights:")]
    public async Task WorldCafe_BadInput_CodedErrorNamingTheArgument(string call, string code, string prefix)
    {
        var response = await Server.PostAsync($"{{ {call} {{ rounds }} }}");
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Codes.ShouldBe([code], response.Text);
        response.Json.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldStartWith(prefix);
    }

    [Fact]
    public async Task WorkshopPortfolio_LimaFive_PrintsOptimalPlanWithBoundAndGreedy()
    {
        var data = await Server.DataAsync("{ workshopPortfolio(workshops: 5) { optimal { objective workshops { subject hosts participants { office weight } } } greedy { objective } solver { status bound } } }");
        var portfolio = data.GetProperty("workshopPortfolio");
        portfolio.GetProperty("solver").GetProperty("status").GetString().ShouldBe("OPTIMAL");
        var objective = portfolio.GetProperty("optimal").GetProperty("objective").GetInt32();
        portfolio.GetProperty("solver").GetProperty("bound").GetDouble().ShouldBe(objective);
        objective.ShouldBeGreaterThanOrEqualTo(portfolio.GetProperty("greedy").GetProperty("objective").GetInt32());
    }

    [Fact]
    public async Task WorkshopPortfolio_ZeroWorkshops_CodedErrorNamingTheArgument()
    {
        var response = await Server.PostAsync("{ workshopPortfolio(workshops: 0) { workshops } }");
        response.Codes.ShouldBe(["INVALID_INPUT"]);
        response.Json.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldStartWith("workshops:");
    }

    [Theory]
    [InlineData("{ worldCafe(rounds: 0) { tables } }", "rounds: must be at least 1 (got 0)")]
    [InlineData("{ worldCafe(offices: [\"Atlantis\"]) { tables } }", "offices: unknown office 'Atlantis'")]
    [InlineData("{ cohorts(resolution: 0) { modularity } }", "resolution: must be more than 0 and at most 100 (got 0)")]
    [InlineData("{ roles(hubOutShare: 2) { offices { role } } }", "hubOutShare: must be between 0 and 1 (got 2)")]
    public async Task PlanningQuery_BadArgument_MessageNamesTheArgumentWithoutDotNetsParameterSuffix(string query, string message)
    {
        var response = await Server.PostAsync(query);

        response.Json.GetProperty("errors")[0].GetProperty("message").GetString().ShouldBe(message);
    }

    [Fact]
    public async Task CohortsAndRoles_Lima_CoverEveryOffice()
    {
        var data = await Server.DataAsync("{ cohorts(resolution: 1) { modularity withoutRequests cohorts { id offices subjects { subject requesters } providers { office requests } } } roles { offices { office role inDegree outDegree betweenness reason } } }");
        var members = data.GetProperty("cohorts").GetProperty("cohorts").EnumerateArray().SelectMany(c => c.GetProperty("offices").EnumerateArray()).Count();
        (members + data.GetProperty("cohorts").GetProperty("withoutRequests").GetArrayLength()).ShouldBe(Lima.Dataset.Offices.Count);
        data.GetProperty("roles").GetProperty("offices").GetArrayLength().ShouldBe(Lima.Dataset.Offices.Count);
    }

    [Fact]
    public async Task Cohorts_ZeroResolution_CodedErrorNamingTheArgument()
    {
        var response = await Server.PostAsync("{ cohorts(resolution: 0) { modularity } }");
        response.Codes.ShouldBe(["INVALID_INPUT"]);
        response.Json.GetProperty("errors")[0].GetProperty("message").GetString()!.ShouldStartWith("resolution:");
    }
}
