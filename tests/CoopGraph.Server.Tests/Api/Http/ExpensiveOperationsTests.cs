using CoopGraph.Server.Api;
using CoopGraph.Server.Api.Http;
using CoopGraph.Server.Hosting;
using CoopGraph.Server.Snapshots;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopGraph.Server.Tests.Api.Http;

/// <summary>The concurrency limit on expensive operations (Hosting:MaxConcurrentExpensive), driven as GraphQL.NET drives it.</summary>
public sealed class ExpensiveOperationsTests
{
    private static readonly DatasetSnapshot Snapshot = new(Lima.Dataset);

    [Fact]
    public async Task BeforeExecution_PastLimitAndQueue_IsRefusedWithRateLimited()
    {
        using var limiter = new ExpensiveOperations(Options.Create(new HostingOptions { MaxConcurrentExpensive = 1, ExpensiveComplexity = 100 }));
        var running = Request(500);
        var waiting = Request(500);
        var refused = Request(500);

        await limiter.BeforeExecutionAsync(Context(running));
        var queued = limiter.BeforeExecutionAsync(Context(waiting));
        var error = await Should.ThrowAsync<ExecutionError>(() => limiter.BeforeExecutionAsync(Context(refused)));

        error.Code.ShouldBe("RATE_LIMITED");
        queued.IsCompleted.ShouldBeFalse();
        running.Lease!.Dispose();
        await queued;
        waiting.Lease.ShouldNotBeNull();
        waiting.Lease.Dispose();
    }

    [Fact]
    public async Task BeforeExecution_CheapOperation_TakesNoPermit()
    {
        using var limiter = new ExpensiveOperations(Options.Create(new HostingOptions { MaxConcurrentExpensive = 1, ExpensiveComplexity = 100 }));
        var cheap = Request(99);

        await limiter.BeforeExecutionAsync(Context(cheap));

        cheap.Lease.ShouldBeNull();
    }

    [Fact]
    public async Task BeforeExecution_AnswersAlreadyComputed_TakesNoPermitWhenAllAreTaken()
    {
        using var limiter = new ExpensiveOperations(Options.Create(new HostingOptions { MaxConcurrentExpensive = 1, ExpensiveComplexity = 100 }));
        var running = Request(500);
        await limiter.BeforeExecutionAsync(Context(running));
        var waiting = Request(500);
        var queued = limiter.BeforeExecutionAsync(Context(waiting));
        var computed = Request(500);
        computed.AnswersComputed = true;

        await limiter.BeforeExecutionAsync(Context(computed));

        computed.Lease.ShouldBeNull();
        running.Lease!.Dispose();
        await queued;
        waiting.Lease!.Dispose();
    }

    [Fact]
    public async Task Query_RepeatedAfterItCompletedOnThisVersion_AnsweredWhileEveryPermitIsTaken()
    {
        await using var server = new ServerUnderTest(new Dictionary<string, string?> { ["Hosting:MaxConcurrentExpensive"] = "1" });
        const string asked = "{ centrality(metric: PAGE_RANK, top: 3) { ranking { office { code } } } }";
        const string neverAsked = "{ centrality(metric: BETWEENNESS, top: 3) { ranking { office { code } } } }";
        (await server.PostAsync(asked)).Codes.ShouldBeEmpty();
        var limiter = server.Services.GetRequiredService<ExpensiveOperations>();
        var running = Request(1e9);
        await limiter.BeforeExecutionAsync(Context(running));
        var waiting = Request(1e9);
        var queued = limiter.BeforeExecutionAsync(Context(waiting));

        var repeated = await server.PostAsync(asked);
        var fresh = await server.PostAsync(neverAsked);

        running.Lease!.Dispose();
        await queued;
        waiting.Lease!.Dispose();
        repeated.Codes.ShouldBeEmpty(repeated.Text);
        fresh.Codes.ShouldBe(["RATE_LIMITED"], fresh.Text);
    }

    [Fact]
    public async Task Query_RepeatedAtARoundWhoseAnswersAreNoLongerKept_TakesAPermit()
    {
        // No kept bytes: the repeat is executed, and only the round's kept analyses can make it cheap.
        await using var server = new ServerUnderTest(new Dictionary<string, string?>
        {
            ["Hosting:MaxConcurrentExpensive"] = "1",
            ["GraphQL:MaxKeptAnswerBytes"] = "0",
        });
        const string atSurvey = """{ paths(from: "GTM", to: "ARG", k: 2, round: "survey-2022-04") { paths { offices { code } } } }""";
        (await server.PostAsync(atSurvey)).Codes.ShouldBeEmpty();
        // The survey round's snapshot stops keeping answers (as after 1,024 other questions at that round); the latest's still keeps.
        var snapshot = await server.Services.GetRequiredService<SnapshotService>().CurrentAsync(TestContext.Current.CancellationToken);
        var survey = snapshot.AtRound("survey-2022-04", "round");
        for (var i = 0; survey.KeepsAnswers; i++)
        {
            survey.Answer($"filler|{i}", _ => new object());
        }

        var limiter = server.Services.GetRequiredService<ExpensiveOperations>();
        var running = Request(1e9);
        await limiter.BeforeExecutionAsync(Context(running));
        var waiting = Request(1e9);
        var queued = limiter.BeforeExecutionAsync(Context(waiting));

        var repeated = await server.PostAsync(atSurvey);

        running.Lease!.Dispose();
        await queued;
        waiting.Lease!.Dispose();
        repeated.Codes.ShouldBe(["RATE_LIMITED"], repeated.Text);
    }

    private static RequestContext Request(double complexity) => new(Snapshot, null, false) { Complexity = complexity };

    private static GraphQL.Execution.ExecutionContext Context(RequestContext request) =>
        new() { UserContext = request, CancellationToken = TestContext.Current.CancellationToken };
}
