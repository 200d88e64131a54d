using CoopGraph.Domain;
using CoopGraph.Storage.Neo4j;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace CoopGraph.Storage.Tests.Neo4j;

/// <summary>
/// The contract suite on Neo4j: against <c>COOPGRAPH_NEO4J_URI</c> when set (a throwaway server: every test deletes
/// all its nodes), else against a <c>neo4j:5.26-community</c> container when a Docker engine answers; otherwise skipped.
/// </summary>
[Trait("Category", "Neo4j")]
public sealed class Neo4jGraphStoreContractTests(Neo4jServer server) : GraphStoreContractTests, IClassFixture<Neo4jServer>, IAsyncLifetime
{
    protected override string? SkipReason => server.SkipReason;

    protected override Task<IGraphStore> CreateStoreAsync(Dataset? seed) =>
        Task.FromResult<IGraphStore>(new Neo4jGraphStore(server.Client(), seed));

    public async ValueTask InitializeAsync()
    {
        if (server.SkipReason is null)
        {
            await server.Client().RunAsync("MATCH (n) DETACH DELETE n", null, TestContext.Current.CancellationToken);
        }
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>The Neo4j server the contract suite runs against, or why there is none.</summary>
public sealed class Neo4jServer : IAsyncLifetime
{
    private const string Password = "coopgraph-test";
    private IContainer? _container;
    private Neo4jStorageOptions? _options;

    public string? SkipReason { get; private set; }

    public QueryApiClient Client() => new(new HttpClient(), _options!, new RetryPolicy(3, TimeSpan.FromMilliseconds(100)));

    public async ValueTask InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("COOPGRAPH_NEO4J_URI") is { Length: > 0 })
        {
            _options = new Neo4jStorageOptions();
            _options.ApplyEnvironmentFallback();
            return;
        }

        try
        {
            _container = new ContainerBuilder("neo4j:5.26-community")
                .WithEnvironment("NEO4J_AUTH", "neo4j/" + Password)
                .WithPortBinding(7474, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
                .Build();
            await _container.StartAsync();
            _options = new Neo4jStorageOptions { Uri = $"http://{_container.Hostname}:{_container.GetMappedPublicPort(7474)}", User = "neo4j", Password = Password };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Testcontainers throws several types when no engine answers; any of them means "cannot run here".
            SkipReason = "no Neo4j: COOPGRAPH_NEO4J_URI is not set and no Docker engine answered (" + ex.GetType().Name + ")";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
