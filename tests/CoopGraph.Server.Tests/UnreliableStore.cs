using CoopGraph.Domain;
using CoopGraph.Domain.Changes;
using CoopGraph.Storage;

namespace CoopGraph.Server.Tests;

/// <summary>A store double that fails or stalls on purpose, to test how the service reports a store in trouble.</summary>
internal sealed class UnreliableStore(bool loadFails, TimeSpan historyDelay) : IGraphStore
{
    public string Description => "unreliable:test";

    public Task<Dataset> LoadAsync(CancellationToken cancellationToken = default) =>
        loadFails ? throw Down() : Task.FromResult(Lima.Dataset);

    public Task<string> VersionAsync(CancellationToken cancellationToken = default) =>
        loadFails ? throw Down() : Task.FromResult(Lima.Dataset.Version);

    public Task<Dataset> ApplyAsync(IReadOnlyList<Change> changes, string actor, string? expectedVersion = null, CancellationToken cancellationToken = default) => throw Down();

    public Task<Dataset> ImportAsync(Dataset dataset, ImportMode mode, string actor, string? expectedVersion = null, CancellationToken cancellationToken = default) => throw Down();

    public async Task<IReadOnlyList<ChangeRecord>> HistoryAsync(int first, long after = 0, CancellationToken cancellationToken = default)
    {
        if (historyDelay > TimeSpan.Zero)
        {
            await Task.Delay(historyDelay, cancellationToken);
            return [];
        }

        throw Down();
    }

    public Task<StoreHealth> CheckAsync(CancellationToken cancellationToken = default) => Task.FromResult(new StoreHealth(false, "the test store is down"));

    private static StoreUnavailableException Down() => new("unreliable:test is down (on purpose)");
}
