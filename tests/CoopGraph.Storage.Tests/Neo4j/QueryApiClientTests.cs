using System.Net;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Storage.Tests.Neo4j;

public sealed class QueryApiClientTests
{
    private static readonly string[] PhilAliases = ["PHIL"];
    private static readonly RetryPolicy Fast = new(3, TimeSpan.FromMilliseconds(1));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static QueryApiClient Client(RecordedQueryApiHandler handler, TimeSpan? timeout = null) => new(
        new HttpClient(handler),
        new Neo4jStorageOptions { Uri = "http://neo4j.test:7474/", Database = "coop graph", User = "neo4j", Password = "s3cret", RequestTimeout = timeout ?? TimeSpan.FromSeconds(5) },
        Fast);

    [Fact]
    public async Task RunAsync_DocumentedResult_ReadsFieldsTypedValuesAndBookmarks()
    {
        var handler = new RecordedQueryApiHandler().Then(RecordedQueryApiHandler.Result(
            ["name", "age", "aliases", "attended", "note"], [["Phil", 42, PhilAliases, true, null]]));

        var result = await Client(handler).RunAsync("MATCH (p:Person {name: $name}) RETURN p.name AS name",
            new Dictionary<string, object?> { ["name"] = "Phil" }, Ct);

        result.Fields.ShouldBe(["name", "age", "aliases", "attended", "note"]);
        var row = result.Rows.ShouldHaveSingleItem();
        row.GetString("name").ShouldBe("Phil");
        row.GetInt64("age").ShouldBe(42);
        row.GetStrings("aliases").ShouldBe(["PHIL"]);
        row.GetBoolean("attended").ShouldBeTrue();
        row.GetString("note").ShouldBeNull();
        result.Bookmarks.ShouldBe(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]);
        var sent = handler.Requests.ShouldHaveSingleItem();
        sent.Method.ShouldBe(HttpMethod.Post);
        sent.Path.ShouldBe("/db/coop%20graph/query/v2");
        sent.Authorization.ShouldBe("Basic bmVvNGo6czNjcmV0");
        sent.Statement.ShouldBe("MATCH (p:Person {name: $name}) RETURN p.name AS name");
        sent.Parameters.GetProperty("name").GetString().ShouldBe("Phil");
    }

    [Fact]
    public async Task RunAsync_SyntaxError_ThrowsWithCodeWithoutRetrying()
    {
        var handler = new RecordedQueryApiHandler().Then(RecordedQueryApiHandler.Error(HttpStatusCode.BadRequest,
            "Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRN': expected 'RETURN'"));

        var ex = await Should.ThrowAsync<QueryApiException>(() => Client(handler).RunAsync("RETRN 1", null, Ct));

        ex.Code.ShouldBe("Neo.ClientError.Statement.SyntaxError");
        ex.Message.ShouldContain("http://neo4j.test:7474");
        ex.Message.ShouldContain("Invalid input 'RETRN'");
        handler.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_Unauthorized_ThrowsUnavailableNamingServerAndUserWithoutRetrying()
    {
        var handler = new RecordedQueryApiHandler().Then(RecordedQueryApiHandler.Error(HttpStatusCode.Unauthorized,
            "Neo.ClientError.Security.Unauthorized", "Invalid credential."));

        var ex = await Should.ThrowAsync<StoreUnavailableException>(() => Client(handler).RunAsync("RETURN 1", null, Ct));

        ex.Message.ShouldContain("http://neo4j.test:7474");
        ex.Message.ShouldContain("user 'neo4j'");
        ex.Message.ShouldNotContain("s3cret");
        handler.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task RunAsync_TransientErrorThenSuccess_RetriesAndReturnsResult()
    {
        var handler = new RecordedQueryApiHandler()
            .Then(RecordedQueryApiHandler.Error(HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.DeadlockDetected", "deadlock"))
            .Then(RecordedQueryApiHandler.Error(HttpStatusCode.ServiceUnavailable, "Neo.TransientError.General.DatabaseUnavailable", "starting"))
            .Then(RecordedQueryApiHandler.Result(["ok"], [[1]]));

        var result = await Client(handler).RunAsync("RETURN 1 AS ok", null, Ct);

        result.Rows.ShouldHaveSingleItem().GetInt64("ok").ShouldBe(1);
        handler.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task RunAsync_ServerErrorEveryTime_GivesUpAfterPolicyAttempts()
    {
        var handler = new RecordedQueryApiHandler(_ => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>bad gateway</html>") });

        var ex = await Should.ThrowAsync<StoreUnavailableException>(() => Client(handler).RunAsync("RETURN 1", null, Ct));

        ex.Message.ShouldBe("Neo4j at http://neo4j.test:7474 answered HTTP 502 (gave up after 3 tries)");
        handler.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task RunAsync_ServerUnreachable_ThrowsUnavailableNamingTheUri()
    {
        var handler = new RecordedQueryApiHandler(_ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)"));

        var ex = await Should.ThrowAsync<StoreUnavailableException>(() => Client(handler).RunAsync("RETURN 1", null, Ct));

        ex.Message.ShouldStartWith("Neo4j at http://neo4j.test:7474 is unreachable: Connection refused");
        handler.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task RunAsync_NoAnswerWithinTimeout_RetriesThenThrowsUnavailable()
    {
        var handler = new RecordedQueryApiHandler(_ => throw new InvalidOperationException("unused"));
        for (var i = 0; i < 3; i++)
        {
            handler.Then(async _ =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), Ct);
                return RecordedQueryApiHandler.Result([], []);
            });
        }

        var ex = await Should.ThrowAsync<StoreUnavailableException>(() =>
            Client(handler, TimeSpan.FromMilliseconds(50)).RunAsync("RETURN 1", null, Ct));

        ex.Message.ShouldContain("did not answer within");
        handler.Requests.Count.ShouldBe(3);
    }

    [Fact]
    public async Task InTransactionAsync_Success_OpensRunsAndCommitsTheSameTransaction()
    {
        var handler = new RecordedQueryApiHandler()
            .Then(RecordedQueryApiHandler.TransactionOpened("a3f1c9e2-7b1d-4c55-9f3e-2b8d1e6c0a47", affinity: "affinity-1"))
            .Then(RecordedQueryApiHandler.Result(["n"], [[7]]))
            .Then(RecordedQueryApiHandler.Result([], []));

        var (value, id, expires) = await Client(handler).InTransactionAsync(async tx =>
            ((await tx.RunAsync("RETURN 7 AS n", null, Ct)).Rows[0].GetInt64("n"), tx.Id, tx.Expires), Ct);

        (value, id).ShouldBe((7L, "a3f1c9e2-7b1d-4c55-9f3e-2b8d1e6c0a47"));
        expires.ShouldBe(new DateTimeOffset(2024, 10, 22, 13, 7, 31, TimeSpan.Zero));
        handler.Requests.Select(r => (r.Method.Method, r.Path)).ShouldBe([
            ("POST", "/db/coop%20graph/query/v2/tx"),
            ("POST", "/db/coop%20graph/query/v2/tx/a3f1c9e2-7b1d-4c55-9f3e-2b8d1e6c0a47"),
            ("POST", "/db/coop%20graph/query/v2/tx/a3f1c9e2-7b1d-4c55-9f3e-2b8d1e6c0a47/commit")]);
        handler.Requests.Skip(1).ShouldAllBe(r => r.Affinity == "affinity-1");
    }

    [Fact]
    public async Task InTransactionAsync_WorkThrows_RollsBackWithDeleteAndRethrows()
    {
        var handler = new RecordedQueryApiHandler()
            .Then(RecordedQueryApiHandler.TransactionOpened("tx-1"))
            .Then(RecordedQueryApiHandler.Error(HttpStatusCode.BadRequest, "Neo.ClientError.Schema.ConstraintValidationFailed", "already exists"))
            .Then(RecordedQueryApiHandler.Result([], []));

        var ex = await Should.ThrowAsync<QueryApiException>(() => Client(handler).InTransactionAsync(
            async tx => await tx.RunAsync("CREATE (:Office {code: $code})", new Dictionary<string, object?> { ["code"] = "ARG" }, Ct), Ct));

        ex.Code.ShouldBe("Neo.ClientError.Schema.ConstraintValidationFailed");
        handler.Requests[^1].Method.ShouldBe(HttpMethod.Delete);
        handler.Requests[^1].Path.ShouldBe("/db/coop%20graph/query/v2/tx/tx-1");
        handler.Requests.ShouldNotContain(r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InTransactionAsync_TransientErrorInside_RollsBackAndRunsTheWholeUnitAgain()
    {
        var handler = new RecordedQueryApiHandler()
            .Then(RecordedQueryApiHandler.TransactionOpened("tx-1"))
            .Then(RecordedQueryApiHandler.Error(HttpStatusCode.BadRequest, "Neo.TransientError.Transaction.LockClientStopped", "stopped"))
            .Then(RecordedQueryApiHandler.Result([], []))
            .Then(RecordedQueryApiHandler.TransactionOpened("tx-2"))
            .Then(RecordedQueryApiHandler.Result(["n"], [[1]]))
            .Then(RecordedQueryApiHandler.Result([], []));
        var runs = 0;

        await Client(handler).InTransactionAsync(async tx => { runs++; return await tx.RunAsync("RETURN 1 AS n", null, Ct); }, Ct);

        runs.ShouldBe(2);
        handler.Requests.Select(r => (r.Method.Method, r.Path[(r.Path.IndexOf("/tx", StringComparison.Ordinal))..])).ShouldBe([
            ("POST", "/tx"), ("POST", "/tx/tx-1"), ("DELETE", "/tx/tx-1"), ("POST", "/tx"), ("POST", "/tx/tx-2"), ("POST", "/tx/tx-2/commit")]);
    }

    [Fact]
    public async Task InTransactionAsync_CommitTimesOut_ReportsUnknownOutcomeWithoutRetrying()
    {
        var handler = new RecordedQueryApiHandler()
            .Then(RecordedQueryApiHandler.TransactionOpened("tx-1"))
            .Then(RecordedQueryApiHandler.Result([], []))
            .Then(async _ =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), Ct);
                return RecordedQueryApiHandler.Result([], []);
            });

        var ex = await Should.ThrowAsync<StoreUnavailableException>(() => Client(handler, TimeSpan.FromMilliseconds(100))
            .InTransactionAsync(async tx => await tx.RunAsync("CREATE (:X)", null, Ct), Ct));

        ex.Message.ShouldContain("may or may not have been applied");
        handler.Requests.Count(r => r.Path.EndsWith("/tx", StringComparison.Ordinal)).ShouldBe(1);
    }

    [Fact]
    public void RetryPolicy_DelayAfter_DoublesWithBoundedJitter()
    {
        var policy = new RetryPolicy(5, TimeSpan.FromMilliseconds(100));

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var expected = 100 * Math.Pow(2, attempt - 1);
            policy.DelayAfter(attempt).TotalMilliseconds.ShouldBeInRange(expected, expected * 1.2);
        }
    }
}
