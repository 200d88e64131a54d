using System.Net;
using System.Text.Json;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Reporting;
using CoopGraph.Analytics.Rounds;

namespace CoopGraph.Server.Tests.Api;

/// <summary>The <c>round:</c> argument, the <c>rounds</c> list and <c>compare</c>, on the two Lima rounds.</summary>
public sealed class RoundQueryTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    private ServerUnderTest Server => fixture.Server;

    [Fact]
    public async Task Rounds_Lima_SurveyThenMeetingWithTheirCounts()
    {
        var data = await Server.DataAsync("{ rounds { id date kind latest requestCount offerCount } }");

        var rounds = data.GetProperty("rounds").EnumerateArray().ToList();
        rounds.Select(r => r.GetProperty("id").GetString()).ShouldBe(["survey-2022-04", "lima-2022-10"]);
        rounds.Select(r => r.GetProperty("kind").GetString()).ShouldBe(["SURVEY", "MEETING"]);
        rounds.Select(r => r.GetProperty("latest").GetBoolean()).ShouldBe([false, true]);
        rounds.Select(r => r.GetProperty("requestCount").GetInt32()).ShouldBe([175, Lima.Dataset.Requests.Count]);
    }

    [Fact]
    public async Task MatchPlan_SurveyRound_AnswersOnTheDatasetAsItStood()
    {
        var data = await Server.DataAsync("""
            { survey: matchPlan(round: "survey-2022-04") { requests assigned evidence { datasetVersion } }
              latest: matchPlan(round: "lima-2022-10") { requests assigned evidence { datasetVersion } }
              plain: matchPlan { requests assigned evidence { datasetVersion } } }
            """);

        var survey = NetworkAnalysis.Of(Lima.Dataset.AtRound("survey-2022-04"));
        data.GetProperty("survey").GetProperty("requests").GetInt32().ShouldBe(survey.MatchPlan().Requests);
        data.GetProperty("survey").GetProperty("assigned").GetInt32().ShouldBe(survey.MatchPlan().Assigned);
        data.GetProperty("survey").GetProperty("evidence").GetProperty("datasetVersion").GetString().ShouldBe(Lima.Dataset.AtRound("survey-2022-04").Version);
        data.GetProperty("latest").ToString().ShouldBe(data.GetProperty("plain").ToString());
    }

    [Fact]
    public async Task IsolatedOffices_SurveyRound_NestedOfficeFieldsAnswerOnTheSameRound()
    {
        var data = await Server.DataAsync("""{ isolatedOffices(round: "survey-2022-04", all: true) { offices { office { code } supporters { code } } } }""");

        var survey = NetworkAnalysis.Of(Lima.Dataset.AtRound("survey-2022-04")).Isolation();
        foreach (var o in data.GetProperty("isolatedOffices").GetProperty("offices").EnumerateArray())
        {
            var code = o.GetProperty("office").GetProperty("code").GetString()!;
            o.GetProperty("supporters").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ShouldBe(survey[code].Supporters, code);
        }
    }

    [Theory]
    [InlineData("worldCafe(round: \"survey-2022-04\", timeLimitSeconds: 1)")]
    [InlineData("workshopPortfolio(round: \"survey-2022-04\", timeLimitSeconds: 1)")]
    [InlineData("cohorts(round: \"survey-2022-04\")")]
    [InlineData("roles(round: \"survey-2022-04\")")]
    public async Task PlanningField_SurveyRound_PlansOnTheDatasetAsItStood(string field)
    {
        var data = await Server.DataAsync($"{{ answer: {field} {{ datasetVersion }} }}");

        var survey = Lima.Dataset.AtRound("survey-2022-04").Version;
        survey.ShouldNotBe(Lima.Dataset.Version);
        data.GetProperty("answer").GetProperty("datasetVersion").GetString().ShouldBe(survey);
    }

    [Fact]
    public async Task Roles_SurveyRound_SameRolesAsTheSurveysAnalysis()
    {
        var data = await Server.DataAsync("""{ roles(round: "survey-2022-04") { offices { office role } } }""");

        var expected = CoopGraph.Planning.Cohorts.RoleFinder.Find(NetworkAnalysis.Of(Lima.Dataset.AtRound("survey-2022-04")), new CoopGraph.Planning.Cohorts.RoleThresholds());
        data.GetProperty("roles").GetProperty("offices").EnumerateArray()
            .Select(o => $"{o.GetProperty("office").GetString()} {o.GetProperty("role").GetString()}")
            .ShouldBe(expected.Offices.Select(o => $"{o.Office} {System.Text.RegularExpressions.Regex.Replace(o.Role.ToString(), "(?<=.)([A-Z])", "_$1").ToUpperInvariant()}"));
    }

    [Theory]
    [InlineData("""{ centrality(round: "lima-2023") { ranking { rank } } }""", "round: no round 'lima-2023'")]
    [InlineData("""{ compare(from: "april", to: "lima-2022-10") { from } }""", "from: no round 'april'")]
    [InlineData("""{ compare(from: "survey-2022-04", to: "") { from } }""", "to: no round ''")]
    public async Task Query_UnknownRound_NotFoundNamingTheArgumentAndTheRounds(string query, string message)
    {
        var response = await Server.PostAsync(query);

        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Codes.ShouldBe(["NOT_FOUND"], response.Text);
        var text = response.Json.GetProperty("errors")[0].GetProperty("message").GetString()!;
        text.ShouldStartWith(message);
        text.ShouldContain("survey-2022-04, lima-2022-10");
    }

    [Fact]
    public async Task Compare_LimaRounds_SameAnswerAsTheAnalyticsComparison()
    {
        var data = await Server.DataAsync("""
            { compare(from: "survey-2022-04", to: "lima-2022-10") {
                added { role office subject source line quote } withdrawn { office }
                subjects { subject from to } offices { office scoreFrom scoreTo supportersGained }
                rankMovers { office rankFrom rankTo move } pairsGained { a b } pairsLost { a b }
                coverageFrom { assigned coveragePercent } coverageTo { assigned coveragePercent } } }
            """);

        var expected = RoundComparer.Compare(Lima.Dataset, "survey-2022-04", "lima-2022-10");
        var c = data.GetProperty("compare");
        c.GetProperty("added").EnumerateArray().Select(e => (e.GetProperty("role").GetString(), e.GetProperty("office").GetString(), e.GetProperty("subject").GetString(), e.GetProperty("line").GetInt32()))
            .ShouldBe(expected.Added.Select(e => ((string?)e.Role, (string?)e.Office, (string?)e.Subject, e.Line!.Value)));
        c.GetProperty("withdrawn").GetArrayLength().ShouldBe(0);
        c.GetProperty("offices").EnumerateArray().Select(o => o.GetProperty("office").GetString()).ShouldBe(expected.Offices.Select(o => o.Office));
        c.GetProperty("rankMovers").EnumerateArray().Select(m => (m.GetProperty("office").GetString(), m.GetProperty("move").GetInt32()))
            .ShouldBe(expected.RankMovers.Select(m => ((string?)m.Office, m.Move)));
        c.GetProperty("pairsGained").GetArrayLength().ShouldBe(expected.PairsGained.Count);
        c.GetProperty("coverageTo").GetProperty("assigned").GetInt32().ShouldBe(expected.CoverageTo.Assigned);
        c.GetProperty("coverageFrom").GetProperty("assigned").GetInt32().ShouldBe(expected.CoverageFrom.Assigned);
    }

    [Fact]
    public async Task Compare_SameAsCliJson()
    {
        var data = await Server.DataAsync("""{ compare(from: "survey-2022-04", to: "lima-2022-10") { added { office subject line } } }""");
        var cli = Cli.CliRun.Of("compare", "survey-2022-04", "lima-2022-10", "--format", "json");

        using var json = JsonDocument.Parse(cli.Output);
        data.GetProperty("compare").GetProperty("added").EnumerateArray().Select(e => e.GetProperty("office").GetString() + " " + e.GetProperty("subject").GetString())
            .ShouldBe(json.RootElement.GetProperty("added").EnumerateArray().Select(e => e.GetProperty("office").GetString() + " " + e.GetProperty("subject").GetString()));
        ReportJson.Serialize(RoundComparer.Compare(Lima.Dataset, "survey-2022-04", "lima-2022-10")).ShouldBe(cli.Output);
    }
}
