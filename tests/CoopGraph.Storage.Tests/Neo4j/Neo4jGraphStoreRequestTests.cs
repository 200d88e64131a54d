using CoopGraph.Domain;
using CoopGraph.Domain.Changes;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Storage.Tests.Neo4j;

/// <summary>What the Neo4j store sends, checked against <see cref="RecordedQueryApiHandler"/> (no Cypher runs here).</summary>
public sealed class Neo4jGraphStoreRequestTests
{
    private const string Hostile = "x'}) DETACH DELETE (n) //";

    private static RecordedQueryApiHandler EmptyDatabase() => new(request =>
        request.Path.EndsWith("/tx", StringComparison.Ordinal) ? RecordedQueryApiHandler.TransactionOpened(Guid.NewGuid().ToString())
        : request.Statement?.Contains("d.lock", StringComparison.Ordinal) == true ? RecordedQueryApiHandler.Result(["written", "sequence", "version"], [[false, 0, null]])
        : RecordedQueryApiHandler.Result([], []));

    [Fact]
    public async Task ImportAsync_TextWithCypherInIt_TravelsOnlyAsParameters()
    {
        var handler = EmptyDatabase();
        var store = new Neo4jGraphStore(new QueryApiClient(new HttpClient(handler), new() { Uri = "http://neo4j.test:7474", Password = "pw" }));
        var dataset = TestData.Small() with { Offices = [.. TestData.Small().Offices.Select(o => o with { Name = Hostile + o.Code })] };

        await store.ImportAsync(dataset, ImportMode.Replace, Hostile, null, TestContext.Current.CancellationToken);

        var statements = handler.Requests.Where(r => r.Statement is not null).ToList();
        statements.ShouldNotBeEmpty();
        statements.ShouldAllBe(r => !r.Statement!.Contains("DETACH DELETE (n)"));
        statements.ShouldContain(r => r.Parameters.GetRawText().Contains("DETACH DELETE (n) //ARG"));
        statements.ShouldContain(r => r.Statement!.Contains("CREATE (:Change") && r.Parameters.GetRawText().Contains("DETACH DELETE (n) //"));
    }

    [Fact]
    public async Task ImportAsync_FirstUse_CreatesSchemaThenWritesInOneCommittedTransaction()
    {
        var handler = EmptyDatabase();
        var store = new Neo4jGraphStore(new QueryApiClient(new HttpClient(handler), new() { Uri = "http://neo4j.test:7474", Password = "pw" }));

        await store.ImportAsync(TestData.Small(), ImportMode.Replace, "tester", null, TestContext.Current.CancellationToken);

        var schema = Neo4jGraphStore.SchemaStatements;
        schema.ShouldContain("CREATE CONSTRAINT office_code IF NOT EXISTS FOR (o:Office) REQUIRE o.code IS UNIQUE");
        handler.Requests.Take(schema.Count).Select(r => r.Statement).ShouldBe(schema);
        handler.Requests.Take(schema.Count).ShouldAllBe(r => r.Path == "/db/neo4j/query/v2");
        var rest = handler.Requests.Skip(schema.Count).ToList();
        rest.Count(r => r.Path.EndsWith("/tx", StringComparison.Ordinal)).ShouldBe(1);
        rest[^1].Path.ShouldEndWith("/commit");
        rest.ShouldNotContain(r => r.Method == HttpMethod.Delete);
    }

    [Fact]
    public async Task ApplyAsync_InvalidBatch_RollsBackAndNeverCommits()
    {
        var handler = EmptyDatabase();
        var store = new Neo4jGraphStore(new QueryApiClient(new HttpClient(handler), new() { Uri = "http://neo4j.test:7474", Password = "pw" }));

        await Should.ThrowAsync<StoreValidationException>(() => store.ApplyAsync(
            [new AddRequest(new Request("NOPE", "nothing", "x#1", Confidence.High, null))], "tester", null, TestContext.Current.CancellationToken));

        handler.Requests.ShouldNotContain(r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
        handler.Requests[^1].Method.ShouldBe(HttpMethod.Delete);
    }
    [Fact]
    public async Task ApplyAsync_NeoRefusesAStatement_StoreUnavailableNamingServerAndCode()
    {
        var handler = new RecordedQueryApiHandler(request =>
            request.Path.EndsWith("/tx", StringComparison.Ordinal) ? RecordedQueryApiHandler.TransactionOpened(Guid.NewGuid().ToString())
            : request.Statement?.Contains("d.lock", StringComparison.Ordinal) == true
                ? RecordedQueryApiHandler.Error(System.Net.HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(7) already exists with label `Office`")
            : RecordedQueryApiHandler.Result([], []));
        var store = new Neo4jGraphStore(new QueryApiClient(new HttpClient(handler), new() { Uri = "http://neo4j.test:7474", Password = "pw" }));

        var ex = await Should.ThrowAsync<StoreUnavailableException>(() => store.ApplyAsync(
            [new RemoveOffer("BRA", "green-patents")], "tester", null, TestContext.Current.CancellationToken));

        ex.Message.ShouldContain("neo4j:http://neo4j.test:7474");
        ex.Message.ShouldContain("Neo.ClientError.Schema.ConstraintValidationFailed");
        ex.InnerException.ShouldBeOfType<QueryApiException>();
    }
    [Fact]
    public async Task VersionAsync_RightAfterItsOwnWrite_ReturnsTheWrittenVersionWithoutAskingNeo4j()
    {
        var handler = EmptyDatabase();
        var store = new Neo4jGraphStore(new QueryApiClient(new HttpClient(handler), new() { Uri = "http://neo4j.test:7474", Password = "pw" }));
        var written = await store.ImportAsync(TestData.Small(), ImportMode.Replace, "tester", null, TestContext.Current.CancellationToken);
        var requests = handler.Requests.Count;

        var version = await store.VersionAsync(TestContext.Current.CancellationToken);

        version.ShouldBe(written.Version);
        handler.Requests.Count.ShouldBe(requests);
    }
}
