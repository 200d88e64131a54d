using System.Net;
using System.Text.Json;

namespace CoopGraph.Server.Tests.Api;

/// <summary>Odd arguments reach the resolvers and come back as coded errors naming the argument, never INTERNAL ones.</summary>
public sealed class ResolverErrorTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    private ServerUnderTest Server => fixture.Server;

    [Theory]
    [InlineData("{ subjects(area: \"\") { id } }", "NOT_FOUND", "area: no area ''")]
    [InlineData("{ subjects(area: \"no-such-area\") { id } }", "NOT_FOUND", "area: no area 'no-such-area'")]
    [InlineData("{ subject(id: \"\") { id } }", "NOT_FOUND", "id: no subject ''")]
    [InlineData("{ office(code: \"   \") { code } }", "NOT_FOUND", "code: no office '   '")]
    [InlineData("{ unmetNeeds(area: \"\") { status } }", "NOT_FOUND", "area: no area ''")]
    [InlineData("{ paths(from: \"BRA\", to: \"HND\", subjects: [\"no-such-subject\"]) { paths { cost } } }", "NOT_FOUND", "subjects: no subject 'no-such-subject'")]
    [InlineData("{ paths(from: \"BRA\", to: \"HND\", subjects: [\"\"]) { paths { cost } } }", "NOT_FOUND", "subjects: no subject ''")]
    [InlineData("{ paths(from: \"\", to: \"HND\") { paths { cost } } }", "NOT_FOUND", "from: no office ''")]
    [InlineData("{ paths(from: \"BRA\", to: \"HND\", area: \"\") { paths { cost } } }", "NOT_FOUND", "area: no area ''")]
    [InlineData("{ paths(from: \"BRA\", to: \"HND\", k: 21) { paths { cost } } }", "INVALID_INPUT", "k: must be between 1 and 20 (is 21)")]
    [InlineData("{ matchPlan(capacity: -1) { assigned } }", "INVALID_INPUT", "capacity: must be between 0 and 10000 (is -1)")]
    [InlineData("{ matchPlan(capacity: 10001, mode: PER_SUBJECT) { assigned } }", "INVALID_INPUT", "capacity: must be between 0 and 10000 (is 10001)")]
    [InlineData("{ whatIf(addOffers: [{ office: \"ZZZ\", subject: \"green-patents\" }]) { scenarioVersion } }", "NOT_FOUND", "addOffers.office: no office 'ZZZ'")]
    [InlineData("{ whatIf(addOffers: [{ office: \"BRA\", subject: \"no-such-subject\" }]) { scenarioVersion } }", "NOT_FOUND", "addOffers.subject: no subject 'no-such-subject'")]
    [InlineData("{ whatIf(removeOffices: [\"ZZZ\"]) { scenarioVersion } }", "NOT_FOUND", "removeOffices: no office 'ZZZ'")]
    [InlineData("{ whatIf(addOffers: [{ office: \"Brasil\", subject: \"green-patents\" }]) { scenarioVersion } }", "INVALID_INPUT", "addOffers[0]: office 'BRA' already offers 'green-patents'")]
    [InlineData("{ whatIf(removeOffices: [\"BRA\"], addOffers: [{ office: \"BRA\", subject: \"green-patents\" }]) { scenarioVersion } }", "INVALID_INPUT", "addOffers[0]: office 'BRA' is removed by the same scenario")]
    [InlineData("{ network(area: \"\") { nodes { id } } }", "NOT_FOUND", "area: no area ''")]
    [InlineData("{ network(subject: \"\") { nodes { id } } }", "NOT_FOUND", "subject: no subject ''")]
    [InlineData("{ offices(filter: { requests: \"\" }) { totalCount } }", "NOT_FOUND", "filter.requests: no subject ''")]
    [InlineData("{ offices(first: -1) { totalCount } }", "INVALID_INPUT", "first: must not be negative (is -1)")]
    [InlineData("{ changes(first: -1) { totalCount } }", "INVALID_INPUT", "first: must not be negative (is -1)")]
    [InlineData("{ changes(after: \"\") { totalCount } }", "INVALID_INPUT", "after: '' is not a cursor of this list")]
    [InlineData("{ bilateral(office: \"\") { partners { reciprocal } } }", "NOT_FOUND", "office: no office ''")]
    public async Task Query_OddArgument_CodedErrorWithMessageAndPath(string query, string code, string message)
    {
        var response = await Server.PostAsync(query);
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Codes.ShouldBe([code], response.Text);
        var error = response.Json.GetProperty("errors")[0];
        var text = error.GetProperty("message").GetString()!;
        text.ShouldStartWith(message);
        text.ShouldNotContain("(Parameter '");
        error.GetProperty("path").GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [InlineData("{ unmetNeeds(area: \"nope\") { status } }", "path", "BRA", "HND", "--area", "nope")]
    [InlineData("{ followUp(area: \"nope\") { stalledDays } }", "followup", "--area", "nope")]
    [InlineData("{ network(area: \"nope\") { nodes { id } } }", "export", "--format", "graphml", "--area", "nope")]
    public async Task UnknownArea_GraphQLAndCli_SameWordsEachItsOwnPlace(string query, params string[] cli)
    {
        var response = await Server.PostAsync(query);
        var graphql = response.Json.GetProperty("errors")[0].GetProperty("message").GetString()!;
        var run = Cli.CliRun.Of([.. cli, "--data", CoopGraph.Tests.Shared.RepoPaths.Lima]);
        var printed = run.Error.ReplaceLineEndings("\n").Trim().Split('\n')[^1];

        const string words = "no area 'nope' (areas: ";
        graphql.ShouldStartWith("area: " + words);
        printed.ShouldStartWith("--area: " + words);
        printed["--area: ".Length..].ShouldBe(graphql["area: ".Length..]);
        run.ExitCode.ShouldNotBe(0);
    }

    [Theory]
    [InlineData("{ matchPlan(capacity: 0) { assigned unassigned { reason } } }")]
    [InlineData("{ paths(from: \"BRA\", to: \"BRA\") { paths { cost } noPathReason } }")]
    [InlineData("{ whatIf(removeOffices: [\"ARG\", \"BRA\", \"CHL\", \"COL\", \"CRI\", \"CUB\", \"DOM\", \"ECU\", \"GTM\", \"HND\", \"JPN\", \"MEX\", \"PAN\", \"PER\", \"PRY\", \"SLV\", \"URY\", \"VEN\"]) { centralityDeltas { office } lostEdges { from } } }")]
    public async Task Query_EdgeCaseArgument_AnswersWithoutError(string query)
    {
        var data = await Server.DataAsync(query);
        data.ValueKind.ShouldBe(JsonValueKind.Object);
    }

    [Fact]
    public async Task MatchPlan_ZeroCapacity_AssignsNothingAndSaysWhy()
    {
        var plan = (await Server.DataAsync("{ matchPlan(capacity: 0) { requests assigned unassigned { reason } } }")).GetProperty("matchPlan");
        plan.GetProperty("assigned").GetInt32().ShouldBe(0);
        plan.GetProperty("unassigned").GetArrayLength().ShouldBe(plan.GetProperty("requests").GetInt32());
    }
}
