using System.Net;
using System.Text.Json;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Centrality;
using CoopGraph.Analytics.Isolation;
using CoopGraph.Analytics.Paths;
using CoopGraph.Analytics.Reporting;
using CoopGraph.Analytics.Rounds;

namespace CoopGraph.Server.Tests.Api.Types.Rounds;

/// <summary>The <c>round:</c> argument, the <c>rounds</c> list and <c>compare</c>, on the two Lima rounds.</summary>
public sealed class RoundQueryTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    private const string Survey = "survey-2022-04";

    private ServerUnderTest Server => fixture.Server;

    private static string EnumName<T>(T value) where T : struct, Enum =>
        System.Text.RegularExpressions.Regex.Replace(value.ToString(), "(?<=.)([A-Z])", "_$1").ToUpperInvariant();

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

    [Fact]
    public async Task OfficeStandings_SurveyRound_SameAsTheSurveysStandings()
    {
        var data = await Server.DataAsync("""
            { survey: officeStandings(round: "survey-2022-04") { offices { office { code } standing rank supporters } }
              latest: officeStandings { offices { office { code } standing rank supporters } } }
            """);

        static string[] Rows(JsonElement answer) => [.. answer.GetProperty("offices").EnumerateArray()
            .Select(o => $"{o.GetProperty("office").GetProperty("code").GetString()} {o.GetProperty("standing").GetString()} {o.GetProperty("rank").GetInt32()} {o.GetProperty("supporters").GetInt32()}")];
        var expected = OfficeStandings.Compute(NetworkAnalysis.Of(Lima.Dataset.AtRound(Survey))).Offices
            .Select(o => $"{o.Code} {EnumName(o.Standing)} {o.Rank} {o.Supporters}").ToArray();
        Rows(data.GetProperty("survey")).ShouldBe(expected);
        Rows(data.GetProperty("latest")).ShouldNotBe(expected, "the two rounds' standings are the same, so the test could not fail");
    }

    [Fact]
    public async Task Office_SurveyRound_RequestsNeedsAndRankOfTheSurvey()
    {
        // Paraguay's green-patents request and Chile's PageRank place (5th → 11th) differ between the Lima rounds.
        var data = await Server.DataAsync("""
            { pry: office(code: "PRY", round: "survey-2022-04") { requests { subject { id } } needs { unmetRequests { id } fragileRequests { id } } }
              chl: office(code: "CHL", round: "survey-2022-04") { rank(metric: PAGE_RANK) { rank outOf } standing { supporters } }
              chlLatest: office(code: "CHL") { rank(metric: PAGE_RANK) { rank } } }
            """);

        var survey = NetworkAnalysis.Of(Lima.Dataset.AtRound(Survey));
        data.GetProperty("pry").GetProperty("requests").EnumerateArray().Select(r => r.GetProperty("subject").GetProperty("id").GetString())
            .ShouldBe(Lima.Dataset.AtRound(Survey).Requests.Where(r => r.Office == "PRY").Select(r => r.Subject));
        var needs = survey.UnmetNeeds().Offices.First(o => o.Code == "PRY");
        data.GetProperty("pry").GetProperty("needs").GetProperty("unmetRequests").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ShouldBe(needs.UnmetRequests);
        data.GetProperty("pry").GetProperty("needs").GetProperty("fragileRequests").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ShouldBe(needs.FragileRequests);
        var ranking = CentralityRanking.Of(survey, CentralityMeasure.PageRank, null, true, false).Ranking;
        data.GetProperty("chl").GetProperty("rank").GetProperty("rank").GetInt32().ShouldBe(ranking.First(r => r.Code == "CHL").Rank);
        data.GetProperty("chl").GetProperty("rank").GetProperty("rank").GetInt32().ShouldNotBe(data.GetProperty("chlLatest").GetProperty("rank").GetProperty("rank").GetInt32());
        data.GetProperty("chl").GetProperty("standing").GetProperty("supporters").GetInt32().ShouldBe(OfficeStandings.Compute(survey)["CHL"].Supporters);
    }

    [Fact]
    public async Task SupportLink_SurveyRound_OnlyTheSurveysOffers()
    {
        // Guatemala's distinctive-signs offer came with the meeting (report line 1344).
        var helped = Lima.Dataset.Requests.First(r => r.Subject == "distinctive-signs" && r.Office != "GTM").Office;
        var data = await Server.DataAsync($$"""
            { survey: supportLink(from: "GTM", to: "{{helped}}", round: "survey-2022-04", subject: "distinctive-signs") { subjects { subject { id } } }
              latest: supportLink(from: "GTM", to: "{{helped}}", subject: "distinctive-signs") { subjects { subject { id } justification } } }
            """);

        data.GetProperty("survey").GetProperty("subjects").GetArrayLength()
            .ShouldBe(SupportLinks.Between(NetworkAnalysis.Of(Lima.Dataset.AtRound(Survey)), "GTM", helped, null, "distinctive-signs").Subjects.Count);
        data.GetProperty("survey").GetProperty("subjects").GetArrayLength().ShouldBe(0);
        data.GetProperty("latest").GetProperty("subjects").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Subjects_SurveyRound_RequestersAndStatusOfTheSurvey()
    {
        // Five design-competitions requests came with the meeting (report lines 1422-1423).
        var data = await Server.DataAsync("""
            { subject(id: "design-competitions", round: "survey-2022-04") { requesters { code } }
              subjects(round: "survey-2022-04") { id status }
              offices(round: "survey-2022-04", filter: { requests: "design-competitions" }) { totalCount } }
            """);

        var survey = Lima.Dataset.AtRound(Survey);
        var requesters = survey.Requests.Where(r => r.Subject == "design-competitions").Select(r => r.Office).Distinct().Order(StringComparer.Ordinal).ToList();
        requesters.Count.ShouldBeLessThan(Lima.Dataset.Requests.Count(r => r.Subject == "design-competitions"));
        data.GetProperty("subject").GetProperty("requesters").EnumerateArray().Select(o => o.GetProperty("code").GetString()).ShouldBe(requesters);
        data.GetProperty("offices").GetProperty("totalCount").GetInt32().ShouldBe(requesters.Count);
        var needs = NetworkAnalysis.Of(survey).UnmetNeeds();
        data.GetProperty("subjects").EnumerateArray().Select(s => $"{s.GetProperty("id").GetString()} {s.GetProperty("status").GetString()}")
            .ShouldBe(survey.Subjects.Select(s => $"{s.Id} {EnumName(needs[s.Id].Status)}"));
    }

    [Theory]
    [InlineData("""{ centrality(round: "lima-2023") { ranking { rank } } }""", "round: no round 'lima-2023'")]
    [InlineData("""{ officeStandings(round: "lima-2023") { offices { rank } } }""", "round: no round 'lima-2023'")]
    [InlineData("""{ office(code: "PER", round: "lima-2023") { code needs { unmetRequests { id } } } }""", "round: no round 'lima-2023'")]
    [InlineData("""{ supportLink(from: "PER", to: "HND", round: "lima-2023") { from { code } } }""", "round: no round 'lima-2023'")]
    [InlineData("""{ subjects(round: "lima-2023") { id } }""", "round: no round 'lima-2023'")]
    [InlineData("""{ initiatives(round: "lima-2023") { id } }""", "round: no round 'lima-2023'")]
    [InlineData("""{ followUp(round: "lima-2023") { stalledDays } }""", "round: no round 'lima-2023'")]
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
