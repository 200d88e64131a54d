using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Server.Tests.Api.Http;

/// <summary>
/// A query without variables keeps the bytes of its answer for the dataset version it answered on (GraphQL:MaxKeptAnswerBytes):
/// a repeat on that version is not executed again; another version, a volatile field or variables are.
/// </summary>
public sealed class KeptAnswerTests
{
    private const string Ranking = "{ dataset { version } centrality(metric: PAGE_RANK, top: 3) { ranking { office { code } } } }";

    [Fact]
    public async Task Query_RepeatedOnTheSameVersion_AnsweredWithTheKeptBytesWithoutExecuting()
    {
        var counter = new ExecutionCounter();
        await using var server = Server(counter);

        var first = await server.PostAsync(Ranking);
        var runs = counter.Count;
        var again = await server.PostAsync(Ranking);
        var overGet = await server.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Ranking)));

        first.Codes.ShouldBeEmpty(first.Text);
        again.Text.ShouldBe(first.Text);
        overGet.Text.ShouldBe(first.Text);
        counter.Count.ShouldBe(runs);
    }

    [Fact]
    public async Task Query_AfterAWrite_ExecutedOnTheNewVersion()
    {
        var counter = new ExecutionCounter();
        await using var server = Server(counter);
        var before = await server.DataAsync(Ranking);

        var written = await server.DataAsync("mutation { upsertOffice(input: { code: \"BLZ\", name: \"Belize\", attended: false }) { version } }", null, ServerUnderTest.Key);
        var after = await server.DataAsync(Ranking);

        after.GetProperty("dataset").GetProperty("version").GetString().ShouldBe(written.GetProperty("upsertOffice").GetProperty("version").GetString());
        after.GetProperty("dataset").GetProperty("version").GetString().ShouldNotBe(before.GetProperty("dataset").GetProperty("version").GetString());
    }

    [Theory]
    [InlineData("{ followUp { stalledDays } }")] // reads the clock
    [InlineData("{ changes(first: 1) { nodes { kind } } }")] // reads the store's history
    public async Task Query_VolatileField_ExecutedEachTime(string query)
    {
        var counter = new ExecutionCounter();
        await using var server = Server(counter);

        await server.DataAsync(query);
        var runs = counter.Count;
        await server.DataAsync(query);

        counter.Count.ShouldBe(runs + 1);
    }

    [Fact]
    public async Task Query_KeepingSwitchedOff_ExecutedEachTime()
    {
        var counter = new ExecutionCounter();
        await using var server = Server(counter, new Dictionary<string, string?> { ["GraphQL:MaxKeptAnswerBytes"] = "0" });

        await server.DataAsync(Ranking);
        var runs = counter.Count;
        await server.DataAsync(Ranking);

        counter.Count.ShouldBe(runs + 1);
    }

    private static ServerUnderTest Server(ExecutionCounter counter, Dictionary<string, string?>? settings = null) =>
        new(settings ?? [], services =>
        {
            // Wrap the registered executer so the test sees every execution.
            var registered = services.Last(d => d.ServiceType == typeof(IDocumentExecuter));
            services.Remove(registered);
            services.AddSingleton<IDocumentExecuter>(sp => counter.Wrap((IDocumentExecuter)(registered.ImplementationInstance
                ?? registered.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!))));
        });

    private sealed class ExecutionCounter
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public IDocumentExecuter Wrap(IDocumentExecuter inner) => new Counting(inner, this);

        private sealed class Counting(IDocumentExecuter inner, ExecutionCounter counter) : IDocumentExecuter
        {
            public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options)
            {
                Interlocked.Increment(ref counter._count);
                return inner.ExecuteAsync(options);
            }
        }
    }
}
