using CoopGraph.Domain;
using CoopGraph.Domain.Changes;
using CoopGraph.Domain.Formats;
using CoopGraph.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Server.Tests.Api.Types;

/// <summary>What a mutation says about the version it was applied to, under concurrency and across processes.</summary>
public sealed class MutationVersionTests
{
    private const string AddOfferMutation =
        "mutation($o: ID!, $s: ID!) { addOffer(input: { office: $o, subject: $s, source: \"concurrent\", confidence: LOW }) { version previousVersion changed } }";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConcurrentMutations_FiftyWriters_PreviousVersionsFormOneChain()
    {
        await using var server = new ServerUnderTest();
        var offers = Lima.Dataset.Offices.SelectMany(o => Lima.Dataset.Subjects.Where(s => !s.CrossCutting).Select(s => (Office: o.Code, Subject: s.Id)))
            .Where(p => !Lima.Dataset.Offers.Any(o => o.Office == p.Office && o.Subject == p.Subject)).Take(50).ToList();

        var responses = await Task.WhenAll(offers.Select(p => server.PostAsync(AddOfferMutation, new { o = p.Office, s = p.Subject }, ServerUnderTest.Key)));

        responses.ShouldAllBe(r => r.Codes.Count == 0);
        var results = responses.Select(r => r.Json.GetProperty("data").GetProperty("addOffer")).ToList();
        results.ShouldAllBe(r => r.GetProperty("changed").GetBoolean());
        var next = results.ToDictionary(r => r.GetProperty("previousVersion").GetString()!, r => r.GetProperty("version").GetString()!);
        next.Count.ShouldBe(offers.Count, "each write was applied to a different version");
        var version = Lima.Dataset.Version;
        for (var i = 0; i < offers.Count; i++)
        {
            next.ShouldContainKey(version);
            version = next[version];
        }

        (await server.DataAsync("{ dataset { version } }")).GetProperty("dataset").GetProperty("version").GetString().ShouldBe(version);
    }

    [Fact]
    public async Task ConcurrentMutations_SameUpsertTwentyTimes_OnlyTheFirstChangesAndWarns()
    {
        await using var server = new ServerUnderTest();
        const string upsert = "mutation { upsertOffice(input: { code: \"EUIPO\", name: \"EU office\", attended: false }) { changed warnings version previousVersion } }";

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => server.PostAsync(upsert, null, ServerUnderTest.Key)));

        responses.ShouldAllBe(r => r.Codes.Count == 0);
        var results = responses.Select(r => r.Json.GetProperty("data").GetProperty("upsertOffice")).ToList();
        results.Count(r => r.GetProperty("changed").GetBoolean()).ShouldBe(1);
        results.Count(r => r.GetProperty("warnings").GetArrayLength() > 0).ShouldBe(1);
        results.Single(r => r.GetProperty("changed").GetBoolean()).GetProperty("previousVersion").GetString().ShouldBe(Lima.Dataset.Version);
        results.Where(r => !r.GetProperty("changed").GetBoolean())
            .ShouldAllBe(r => r.GetProperty("previousVersion").GetString() == r.GetProperty("version").GetString());
    }

    [Fact]
    public async Task Mutation_CurrentExpectedVersion_Applies()
    {
        await using var server = new ServerUnderTest();

        var data = await server.DataAsync(
            "mutation($v: String!) { removeOffer(office: \"" + Lima.Dataset.Offers[0].Office + "\", subject: \"" + Lima.Dataset.Offers[0].Subject + "\", expectedVersion: $v) { previousVersion changed } }",
            new { v = Lima.Dataset.Version }, ServerUnderTest.Key);

        data.GetProperty("removeOffer").GetProperty("previousVersion").GetString().ShouldBe(Lima.Dataset.Version);
        data.GetProperty("removeOffer").GetProperty("changed").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("mutation($v: String!) { upsertOffice(input: { code: \"BLZ\", name: \"Belize\", attended: false }, expectedVersion: $v) { version } }")]
    [InlineData("mutation($v: String!) { addRequest(input: { office: \"HND\", subject: \"gender\", source: \"t\", confidence: LOW }, expectedVersion: $v) { version } }")]
    [InlineData("mutation($v: String!) { addOffer(input: { office: \"HND\", subject: \"gender\", source: \"t\", confidence: LOW }, expectedVersion: $v) { version } }")]
    [InlineData("mutation($v: String!) { removeRequest(office: \"HND\", subject: \"gender\", expectedVersion: $v) { version } }")]
    [InlineData("mutation($v: String!) { removeOffer(office: \"HND\", subject: \"gender\", expectedVersion: $v) { version } }")]
    [InlineData("mutation($v: String!) { upsertSubject(input: { id: \"t\", area: \"promotion\", name: \"T\" }, expectedVersion: $v) { version } }")]
    [InlineData("mutation($v: String!, $c: String!) { importDataset(format: JSON, content: $c, mode: MERGE, expectedVersion: $v) { version } }")]
    public async Task Mutation_StaleExpectedVersion_VersionConflictWithCurrentVersionAndNothingWritten(string mutation)
    {
        await using var server = new ServerUnderTest();
        var current = (await server.DataAsync("mutation { upsertOffice(input: { code: \"BLZ\", name: \"Belize\", attended: true }) { version } }", null, ServerUnderTest.Key))
            .GetProperty("upsertOffice").GetProperty("version").GetString();

        var response = await server.PostAsync(mutation, new { v = Lima.Dataset.Version, c = DatasetJson.Serialize(Lima.Dataset) }, ServerUnderTest.Key);

        response.Codes.ShouldBe(["VERSION_CONFLICT"], response.Text);
        var error = response.Json.GetProperty("errors")[0];
        error.GetProperty("extensions").GetProperty("currentVersion").GetString().ShouldBe(current);
        error.GetProperty("extensions").GetProperty("expectedVersion").GetString().ShouldBe(Lima.Dataset.Version);
        error.GetProperty("message").GetString()!.ShouldContain(current!);
        (await server.DataAsync("{ dataset { version } }")).GetProperty("dataset").GetProperty("version").GetString().ShouldBe(current);
        (await server.DataAsync("{ changes(first: 10) { nodes { kind } } }")).GetProperty("changes").GetProperty("nodes").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Query_AfterAnotherProcessWritesTheFile_SeesTheNewVersion()
    {
        // Zero: ask the store before every read (the default trusts a look for Hosting:StoreCheckInterval, see below).
        await using var server = new ServerUnderTest(new Dictionary<string, string?> { ["Hosting:StoreCheckInterval"] = "00:00:00" });
        (await server.DataAsync("{ dataset { version } }")).GetProperty("dataset").GetProperty("version").GetString().ShouldBe(Lima.Dataset.Version);
        var other = new SqliteGraphStore(server.DatabasePath);

        var written = await other.ApplyAsync([new UpsertOffice(new Office("BLZ", "Belize", [], null, false))], "other-process", null, Ct);

        var data = await server.DataAsync("{ dataset { version } office(code: \"BLZ\") { name } }");
        data.GetProperty("dataset").GetProperty("version").GetString().ShouldBe(written.Version);
        data.GetProperty("office").GetProperty("name").GetString().ShouldBe("Belize");
    }

    [Fact]
    public async Task Query_AnotherProcessWroteWithinTheCheckInterval_AnswersThePublishedVersionUntilTheIntervalEnds()
    {
        var clock = new ManualClock();
        await using var server = new ServerUnderTest(new Dictionary<string, string?> { ["Hosting:StoreCheckInterval"] = "00:00:10" },
            services => services.AddSingleton<TimeProvider>(clock));
        (await VersionAsync(server)).ShouldBe(Lima.Dataset.Version);
        var written = await new SqliteGraphStore(server.DatabasePath).ApplyAsync([new UpsertOffice(new Office("BLZ", "Belize", [], null, false))], "other-process", null, Ct);

        var within = await VersionAsync(server);
        clock.Advance(TimeSpan.FromSeconds(10));
        var after = await VersionAsync(server);

        within.ShouldBe(Lima.Dataset.Version, "inside the interval the published snapshot answers without a store round trip");
        after.ShouldBe(written.Version);
    }

    [Fact]
    public async Task Mutation_AfterAnotherProcessWrote_PreviousVersionIsTheOtherWrite()
    {
        await using var server = new ServerUnderTest();
        await server.DataAsync("{ dataset { version } }");
        var written = await new SqliteGraphStore(server.DatabasePath).ApplyAsync([new UpsertOffice(new Office("BLZ", "Belize", [], null, false))], "other-process", null, Ct);

        var data = await server.DataAsync("mutation($v: String!) { upsertOffice(input: { code: \"BLZ\", name: \"Belize 2\", attended: false }, expectedVersion: $v) { previousVersion } }",
            new { v = written.Version }, ServerUnderTest.Key);

        data.GetProperty("upsertOffice").GetProperty("previousVersion").GetString().ShouldBe(written.Version);
    }

    private static async Task<string?> VersionAsync(ServerUnderTest server) =>
        (await server.DataAsync("{ dataset { version } }")).GetProperty("dataset").GetProperty("version").GetString();

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
