using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Server.Tests.Api.Types.Initiatives;

public sealed class InitiativeTests
{
    private static readonly DateTimeOffset Now = new(2023, 6, 1, 12, 0, 0, TimeSpan.Zero);

    // A Lima subject some office requests and another offers (not cross-cutting).
    private static readonly (string Subject, string Requester, string Offerer) Pair = FindPair();

    private static (string, string, string) FindPair()
    {
        var d = Lima.Dataset;
        return d.Requests.Where(r => !d.FindSubject(r.Subject)!.CrossCutting)
            .SelectMany(r => d.Offers.Where(o => o.Subject == r.Subject && o.Office != r.Office).Select(o => (r.Subject, r.Office, o.Office)))
            .First();
    }

    private const string Propose = """
        mutation($input: ProposeInitiativeInput!, $expected: String) {
          proposeInitiative(input: $input, expectedVersion: $expected) { version changed }
        }
        """;

    private const string Advance = """
        mutation($id: ID!, $status: InitiativeStatus!, $note: String) {
          advanceInitiative(id: $id, status: $status, note: $note) { version changed }
        }
        """;

    private static object Input(string? requester = null, string? offerer = null, string? subject = null, string? round = null) =>
        new { input = Initiative(requester, offerer, subject, round) };

    private static object Initiative(string? requester = null, string? offerer = null, string? subject = null, string? round = null) =>
        new
        {
            id = "lima-first",
            title = "A first initiative",
            subject = subject ?? Pair.Subject,
            requestOffices = new[] { requester ?? Pair.Requester },
            offerOffices = new[] { offerer ?? Pair.Offerer },
            round,
            note = "Lima table",
            at = "2022-10-06T00:00:00Z",
        };

    private static ServerUnderTest Server() => new(new Dictionary<string, string?>(), s => s.AddSingleton<TimeProvider>(new FixedTime(Now)));

    private static async Task<string> VersionAsync(ServerUnderTest server) =>
        (await server.DataAsync("{ dataset { version } }")).GetProperty("dataset").GetProperty("version").GetString()!;

    [Fact]
    public async Task ProposeAndAdvance_WithKey_AreStoredAuditedAndQueryable()
    {
        await using var server = Server();

        var proposed = await server.DataAsync(Propose, Input(), ServerUnderTest.Key);
        var agreed = await server.DataAsync(Advance, new { id = "lima-first", status = "AGREED", note = "both signed" }, ServerUnderTest.Key);

        proposed.GetProperty("proposeInitiative").GetProperty("changed").GetBoolean().ShouldBeTrue();
        agreed.GetProperty("advanceInitiative").GetProperty("changed").GetBoolean().ShouldBeTrue();
        var data = await server.DataAsync($$"""
            { initiatives(status: AGREED, office: "{{Pair.Offerer}}") { id status allowedNext lastMoved subject { id } requests { office { code } }
                offers { office { code } } steps { status at actor note } } }
            """);
        var initiative = data.GetProperty("initiatives").EnumerateArray().ShouldHaveSingleItem();
        initiative.GetProperty("status").GetString().ShouldBe("AGREED");
        initiative.GetProperty("allowedNext").EnumerateArray().Select(s => s.GetString()).ShouldBe(["IN_PROGRESS", "DROPPED"]);
        initiative.GetProperty("requests")[0].GetProperty("office").GetProperty("code").GetString().ShouldBe(Pair.Requester);
        var steps = initiative.GetProperty("steps").EnumerateArray().ToList();
        steps.Select(s => (s.GetProperty("status").GetString(), s.GetProperty("actor").GetString())).ShouldBe([("PROPOSED", "tester"), ("AGREED", "tester")]);
        DateTimeOffset.Parse(steps[0].GetProperty("at").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(new DateTimeOffset(2022, 10, 6, 0, 0, 0, TimeSpan.Zero));
        DateTimeOffset.Parse(steps[1].GetProperty("at").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(Now);
        var changes = await server.DataAsync("{ changes(first: 10) { nodes { actor kind target } } }", key: ServerUnderTest.Key);
        changes.GetProperty("changes").GetProperty("nodes").EnumerateArray().TakeLast(2).Select(n => (n.GetProperty("kind").GetString(), n.GetProperty("target").GetString()))
            .ShouldBe([("proposeInitiative", "lima-first"), ("advanceInitiative", "lima-first:AGREED")]);
    }

    [Fact]
    public async Task Repeat_SameProposeAndSameAdvance_ChangeNothing()
    {
        await using var server = Server();
        await server.DataAsync(Propose, Input(), ServerUnderTest.Key);
        await server.DataAsync(Advance, new { id = "lima-first", status = "AGREED", note = "x" }, ServerUnderTest.Key);

        var again = await server.DataAsync(Propose, Input(), ServerUnderTest.Key);
        var advanceAgain = await server.DataAsync(Advance, new { id = "lima-first", status = "AGREED", note = "x" }, ServerUnderTest.Key);

        again.GetProperty("proposeInitiative").GetProperty("changed").GetBoolean().ShouldBeFalse();
        advanceAgain.GetProperty("advanceInitiative").GetProperty("changed").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Advance_InvalidTransition_IsRefusedNamingTheAllowedOnesAndWritesNothing()
    {
        await using var server = Server();
        await server.DataAsync(Propose, Input(), ServerUnderTest.Key);
        var before = await VersionAsync(server);

        var response = await server.PostAsync(Advance, new { id = "lima-first", status = "COMPLETED" }, ServerUnderTest.Key);

        response.Codes.ShouldBe(["INVALID_INPUT"]);
        response.Text.ShouldContain("cannot move from PROPOSED to COMPLETED: allowed are AGREED, DROPPED");
        (await VersionAsync(server)).ShouldBe(before);
    }

    public static TheoryData<string, string> Unknowns => new()
    {
        { "office", "input.requestOffices[0]" },
        { "subject", "input.subject" },
        { "request", "input.requestOffices[0]" },
        { "offer", "input.offerOffices[0]" },
        { "round", "input.round" },
    };

    [Theory]
    [MemberData(nameof(Unknowns))]
    public async Task Propose_NamingSomethingUnknown_IsRefusedWithThePlaceAndWritesNothing(string what, string place)
    {
        await using var server = Server();
        var before = await VersionAsync(server);
        var input = what switch
        {
            "office" => Input(requester: "ZZZ"),
            "subject" => Input(subject: "telepathy"),
            "request" => Input(requester: Pair.Offerer),
            "offer" => Input(offerer: Pair.Requester),
            _ => Input(round: "lima-2099"),
        };

        var response = await server.PostAsync(Propose, input, ServerUnderTest.Key);

        response.Codes.ShouldBe(["INVALID_INPUT"]);
        response.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("issues").EnumerateArray()
            .Select(i => i.GetProperty("place").GetString()).ShouldContain(place);
        (await VersionAsync(server)).ShouldBe(before);
    }

    [Fact]
    public async Task Propose_WithoutKeyOrStaleVersion_WritesNothing()
    {
        await using var server = Server();
        var before = await VersionAsync(server);

        var anonymous = await server.PostAsync(Propose, Input());
        var stale = await server.PostAsync(Propose, new { input = Initiative(), expected = "0000000000000000" }, ServerUnderTest.Key);

        anonymous.Codes.ShouldBe(["UNAUTHORIZED"]);
        stale.Codes.ShouldBe(["VERSION_CONFLICT"]);
        (await VersionAsync(server)).ShouldBe(before);
    }

    [Fact]
    public async Task FollowUp_InjectedNow_ReportsStalledAndNeedsWithoutInitiative()
    {
        await using var server = Server();
        await server.DataAsync(Propose, Input(), ServerUnderTest.Key);

        var data = await server.DataAsync($$"""
            { followUp(stalledDays: 200, office: "{{Pair.Requester}}") { now stalledDays
                stalled { daysSince initiative { id } } needsWithoutInitiative { office { code } subject { id } }
                byOffice { key needsWithoutInitiative stalled open } }
              unmetNeeds(includeFragile: true) { subject { id } initiatives { id } }
              office(code: "{{Pair.Requester}}") { initiatives { id status } } }
            """);

        var followUp = data.GetProperty("followUp");
        var stalled = followUp.GetProperty("stalled").EnumerateArray().ShouldHaveSingleItem();
        stalled.GetProperty("daysSince").GetInt32().ShouldBe((int)(Now - new DateTimeOffset(2022, 10, 6, 0, 0, 0, TimeSpan.Zero)).TotalDays);
        var needs = followUp.GetProperty("needsWithoutInitiative").EnumerateArray().ToList();
        needs.ShouldAllBe(n => n.GetProperty("office").GetProperty("code").GetString() == Pair.Requester);
        needs.ShouldNotContain(n => n.GetProperty("subject").GetProperty("id").GetString() == Pair.Subject);
        needs.Count.ShouldBe(Lima.Dataset.Requests.Count(r => r.Office == Pair.Requester) - 1);
        var office = followUp.GetProperty("byOffice").EnumerateArray().ShouldHaveSingleItem();
        (office.GetProperty("stalled").GetInt32(), office.GetProperty("open").GetInt32()).ShouldBe((1, 1));
        data.GetProperty("office").GetProperty("initiatives")[0].GetProperty("id").GetString().ShouldBe("lima-first");
        data.GetProperty("unmetNeeds").EnumerateArray().Where(n => n.GetProperty("subject").GetProperty("id").GetString() == Pair.Subject)
            .ShouldAllBe(n => n.GetProperty("initiatives").GetArrayLength() == 1);
    }

    [Fact]
    public async Task Initiatives_SurveyRound_OnlyThoseProposedAtOrBeforeIt()
    {
        await using var server = Server();
        await server.DataAsync(Propose, new { input = Initiative(round: "survey-2022-04") }, ServerUnderTest.Key);
        var meeting = new
        {
            input = new
            {
                id = "lima-second",
                title = "Agreed in Lima",
                subject = Pair.Subject,
                requestOffices = new[] { Pair.Requester },
                offerOffices = new[] { Pair.Offerer },
                round = "lima-2022-10",
                at = "2022-10-06T00:00:00Z"
            }
        };
        await server.DataAsync(Propose, meeting, ServerUnderTest.Key);

        var data = await server.DataAsync($$"""
            { survey: initiatives(round: "survey-2022-04") { id }
              meeting: initiatives(round: "lima-2022-10") { id }
              all: initiatives { id }
              office(code: "{{Pair.Requester}}", round: "survey-2022-04") { initiatives { id } } }
            """);

        static string?[] Ids(JsonElement list) => [.. list.EnumerateArray().Select(i => i.GetProperty("id").GetString())];
        Ids(data.GetProperty("survey")).ShouldBe(["lima-first"]);
        Ids(data.GetProperty("meeting")).ShouldBe(["lima-first", "lima-second"]);
        Ids(data.GetProperty("all")).ShouldBe(["lima-first", "lima-second"]);
        Ids(data.GetProperty("office").GetProperty("initiatives")).ShouldBe(["lima-first"]);
    }

    [Fact]
    public async Task FollowUp_SurveyRound_NeedsOfTheSurveyAndItsInitiatives()
    {
        await using var server = Server();
        // Proposed at the meeting: it answers the survey's request too, but did not exist at the survey.
        await server.DataAsync(Propose, new { input = Initiative(round: "lima-2022-10") }, ServerUnderTest.Key);

        var data = await server.DataAsync("""
            { survey: followUp(round: "survey-2022-04", stalledDays: 0) { needsWithoutInitiative { office { code } subject { id } } stalled { initiative { id } } }
              latest: followUp(stalledDays: 0) { needsWithoutInitiative { office { code } subject { id } } stalled { initiative { id } } } }
            """);

        static string[] Needs(JsonElement answer) => [.. answer.GetProperty("needsWithoutInitiative").EnumerateArray()
            .Select(n => $"{n.GetProperty("office").GetProperty("code").GetString()} {n.GetProperty("subject").GetProperty("id").GetString()}")];
        var survey = Lima.Dataset.AtRound("survey-2022-04");
        survey.Requests.ShouldContain(r => r.Office == Pair.Requester && r.Subject == Pair.Subject);
        Needs(data.GetProperty("survey")).ShouldBe(survey.Requests.Select(r => $"{r.Office} {r.Subject}"));
        Needs(data.GetProperty("latest")).ShouldBe(Lima.Dataset.Requests.Where(r => (r.Office, r.Subject) != (Pair.Requester, Pair.Subject)).Select(r => $"{r.Office} {r.Subject}"));
        data.GetProperty("survey").GetProperty("stalled").GetArrayLength().ShouldBe(0);
        data.GetProperty("latest").GetProperty("stalled").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task FollowUp_NegativeDays_IsRefused()
    {
        await using var server = Server();

        var response = await server.PostAsync("{ followUp(stalledDays: -1) { stalledDays } }");

        response.Codes.ShouldBe(["INVALID_INPUT"]);
        response.Text.ShouldContain("stalledDays");
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
