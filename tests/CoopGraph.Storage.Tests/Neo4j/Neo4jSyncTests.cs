using System.Net;

using CoopGraph.Domain.Initiatives;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Storage.Tests.Neo4j;

/// <summary><c>sync</c> in bounded transactions, checked against <see cref="RecordedQueryApiHandler"/> (no Cypher runs here).</summary>
public sealed class Neo4jSyncTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Small() in batches of two: offices 2+1, areas 2, subjects 2+1, requests 2+1, offers 1, networks 1, members 2; then the clean-up.
    private const int Batches = 11;

    /// <summary>A database that answers every statement; <paramref name="state"/> is what the header says; the <paramref name="failAt"/>-th UNWIND is refused.</summary>
    private static RecordedQueryApiHandler Database(object?[]? state = null, int failAt = 0)
    {
        var unwinds = 0;
        return new(request =>
        {
            var statement = request.Statement ?? "";
            if (request.Path.EndsWith("/tx", StringComparison.Ordinal))
            {
                return RecordedQueryApiHandler.TransactionOpened(Guid.NewGuid().ToString());
            }

            if (statement.StartsWith("UNWIND", StringComparison.Ordinal) && ++unwinds == failAt)
            {
                return RecordedQueryApiHandler.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed", "Node(12) already exists");
            }

            return statement switch
            {
                _ when statement.Contains("AS syncTarget", StringComparison.Ordinal) => state is null
                    ? RecordedQueryApiHandler.Result(["version", "syncTarget", "syncDone"], [])
                    : RecordedQueryApiHandler.Result(["version", "syncTarget", "syncDone"], [state]),
                _ when statement.Contains("SET d.syncDone", StringComparison.Ordinal) => RecordedQueryApiHandler.Result(["done"], [[request.Parameters.GetProperty("batch").GetInt32()]]),
                _ when statement.Contains("AS deleted", StringComparison.Ordinal) => RecordedQueryApiHandler.Result(["deleted"], [[0]]),
                _ when statement.Contains("AS sequence", StringComparison.Ordinal) => RecordedQueryApiHandler.Result(["sequence"], [[1]]),
                _ => RecordedQueryApiHandler.Result([], []),
            };
        });
    }

    private static Neo4jGraphStore Store(RecordedQueryApiHandler handler) =>
        new(new QueryApiClient(new HttpClient(handler), new() { Uri = "http://neo4j.test:7474", Password = "pw" }, new RetryPolicy(1, TimeSpan.Zero)));

    private static List<RecordedRequest> Unwinds(RecordedQueryApiHandler handler) =>
        [.. handler.Requests.Where(r => r.Statement?.StartsWith("UNWIND", StringComparison.Ordinal) == true)];

    [Fact]
    public async Task SyncAsync_BatchSizeTwo_WritesEveryRowOnceInTransactionsOfAtMostTwoRows()
    {
        var handler = Database();
        var progress = new List<SyncProgress>();
        var dataset = TestData.Small();

        var outcome = await Store(handler).SyncAsync(dataset, "sync", 2, new Recorder(progress), Ct);

        outcome.ShouldBe(new SyncOutcome(null, dataset.Version, Batches, 1));
        var unwinds = Unwinds(handler);
        unwinds.Count.ShouldBe(Batches - 1);
        unwinds.ShouldAllBe(r => r.Parameters.GetProperty("rows").GetArrayLength() <= 2);
        unwinds.ShouldAllBe(r => r.Parameters.GetProperty("target").GetString() == dataset.Version);
        unwinds.Where(r => r.Statement!.Contains("MERGE (o:Office", StringComparison.Ordinal))
            .SelectMany(r => r.Parameters.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("code").GetString())).ShouldBe(["ARG", "BRA", "MEX"]);
        unwinds.Where(r => r.Statement!.Contains("[r:REQUESTS]", StringComparison.Ordinal)).Sum(r => r.Parameters.GetProperty("rows").GetArrayLength()).ShouldBe(dataset.Requests.Count);
        handler.Requests.Count(r => r.Path.EndsWith("/tx", StringComparison.Ordinal)).ShouldBe(Batches - 1, "one transaction per batch");
        handler.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).ShouldBe(Batches - 1);
        foreach (var unwind in unwinds)
        {
            // The batch and the mark that it is done travel in the same transaction.
            var next = handler.Requests[handler.Requests.IndexOf(unwind) + 1];
            next.Statement.ShouldNotBeNull().ShouldContain("SET d.syncDone");
            next.Path.ShouldBe(unwind.Path);
        }

        progress.Select(p => p.Batch).ShouldBe(Enumerable.Range(1, Batches));
        progress[0].What.ShouldBe("offices 1–2 of 3");
        handler.Requests.ShouldContain(r => r.Statement != null && r.Statement.Contains("CREATE (:Change", StringComparison.Ordinal) && r.Parameters.GetProperty("actor").GetString() == "sync");
    }

    [Fact]
    public async Task SyncAsync_NeoRefusesBatchThree_NamesTheBatchAndARerunContinuesFromIt()
    {
        var dataset = TestData.Small();
        var failing = Database(failAt: 3);

        var ex = await Should.ThrowAsync<StoreUnavailableException>(() => Store(failing).SyncAsync(dataset, "sync", 2, null, Ct));

        ex.Message.ShouldContain($"batch 3/{Batches} (areas 1–2 of 2)");
        ex.Message.ShouldContain("Neo.ClientError.Schema.ConstraintValidationFailed");
        ex.Message.ShouldContain("run the same sync again to continue from batch 3");
        failing.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)).ShouldBe(2);

        var resumed = Database(state: [null, dataset.Version, 2]);
        var outcome = await Store(resumed).SyncAsync(dataset, "sync", 2, null, Ct);

        outcome.ResumedAt.ShouldBe(3);
        var unwinds = Unwinds(resumed);
        unwinds.Count.ShouldBe(Batches - 3);
        unwinds[0].Statement.ShouldNotBeNull().ShouldContain("MERGE (a:Area");
        resumed.Requests.ShouldNotContain(r => r.Statement != null && r.Statement.Contains("d.syncDone = 0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SyncAsync_InterruptedSyncOfAnotherDataset_StartsOver()
    {
        var handler = Database(state: [null, "0123456789abcdef", 7]);

        var outcome = await Store(handler).SyncAsync(TestData.Small(), "sync", 2, null, Ct);

        outcome.ResumedAt.ShouldBe(1);
        Unwinds(handler).Count.ShouldBe(Batches - 1);
        handler.Requests.ShouldContain(r => r.Statement != null && r.Statement.Contains("d.syncDone = 0", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SyncAsync_GraphAlreadyHoldsTheVersion_WritesNothing()
    {
        var dataset = TestData.Small();
        var handler = Database(state: [dataset.Version, null, 0]);

        var outcome = await Store(handler).SyncAsync(dataset, "sync", 2, null, Ct);

        outcome.ResumedAt.ShouldBeGreaterThan(outcome.Batches);
        Unwinds(handler).ShouldBeEmpty();
    }

    [Fact]
    public async Task SyncAsync_DatasetWithInitiatives_WritesEachInitiativeItsOfficesAndStepsTaggedWithTheVersion()
    {
        var handler = Database();
        var at = new DateTimeOffset(2022, 10, 6, 0, 0, 0, TimeSpan.Zero);
        var dataset = TestData.Small() with
        {
            Initiatives =
            [
                new Initiative("bra-green", "Brazil shares its fast track", "green-patents", ["ARG"], ["BRA"], null,
                    [new InitiativeStep(InitiativeStatus.Proposed, at, "lima", "Lima table"), new InitiativeStep(InitiativeStatus.Agreed, at.AddDays(30), "wipo", null)]),
            ],
        };

        await Store(handler).SyncAsync(dataset, "sync", 2, null, Ct);

        var unwinds = Unwinds(handler);
        List<System.Text.Json.JsonElement> Rows(string fragment) => [.. unwinds.Where(r => r.Statement!.Contains(fragment, StringComparison.Ordinal))
            .SelectMany(r => r.Parameters.GetProperty("rows").EnumerateArray())];
        Rows("MERGE (i:Initiative").Select(r => $"{r.GetProperty("id").GetString()} {r.GetProperty("subject").GetString()}").ShouldBe(["bra-green green-patents"]);
        Rows("[r:ANSWERS]").Select(r => r.GetProperty("office").GetString()).ShouldBe(["ARG"]);
        Rows("[r:OFFERED_BY]").Select(r => r.GetProperty("office").GetString()).ShouldBe(["BRA"]);
        Rows("[h:HAS_STEP]").Select(r => $"{r.GetProperty("ord").GetInt32()} {r.GetProperty("status").GetString()} {r.GetProperty("at").GetString()} {r.GetProperty("actor").GetString()}")
            .ShouldBe(["0 PROPOSED 2022-10-06T00:00:00.0000000+00:00 lima", "1 AGREED 2022-11-05T00:00:00.0000000+00:00 wipo"]);
        unwinds.ShouldAllBe(r => r.Parameters.GetProperty("target").GetString() == dataset.Version);
        // What a dataset no longer has goes in the clean-up, initiatives included.
        handler.Requests.ShouldContain(r => r.Statement != null && r.Statement.Contains("MATCH (n:Office|Area|Subject|Network|Round|Initiative|InitiativeStep)", StringComparison.Ordinal));
    }

    [Fact]
    public void SyncStatements_NeoParser_NoErrorsAndOneStatementEach()
    {
        var verdicts = CypherLint.Run([.. Neo4jSync.Statements.Select(s => new CypherQuery(s.Key, s.Value.Statement, s.Value.Parameters))]);

        verdicts.Count.ShouldBe(Neo4jSync.Statements.Count);
        foreach (var verdict in verdicts)
        {
            verdict.Errors.ShouldBeEmpty($"{verdict.Name}: {string.Join("; ", verdict.Errors)}");
            verdict.Statements.ShouldBe(1, verdict.Name);
        }
    }

    private sealed class Recorder(List<SyncProgress> seen) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) => seen.Add(value);
    }
}
