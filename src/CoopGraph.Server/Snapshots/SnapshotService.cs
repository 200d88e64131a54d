using CoopGraph.Domain;
using CoopGraph.Domain.Changes;
using CoopGraph.Storage;

namespace CoopGraph.Server.Snapshots;

/// <summary>
/// Holds the snapshot the service answers from and publishes a new one after each write. Writes are serialized here
/// and checked against the version they were based on, so concurrent mutations never lose an update; readers never
/// wait for writers.
/// </summary>
/// <param name="store">The store the network lives in.</param>
public sealed class SnapshotService(IGraphStore store) : IDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile DatasetSnapshot? _current;

    /// <summary>The store behind the service.</summary>
    public IGraphStore Store => store;

    /// <summary>The current snapshot, loaded from the store on first use.</summary>
    public async ValueTask<DatasetSnapshot> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } current)
        {
            return current;
        }

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _current ??= new DatasetSnapshot(await store.LoadAsync(cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Applies <paramref name="changes"/> all-or-nothing as <paramref name="actor"/> and publishes the result.</summary>
    /// <exception cref="StoreValidationException">The batch is invalid; nothing changed.</exception>
    public Task<DatasetSnapshot> ApplyAsync(IReadOnlyList<Change> changes, string actor, CancellationToken cancellationToken = default) =>
        WriteAsync(version => store.ApplyAsync(changes, actor, version, cancellationToken), cancellationToken);

    /// <summary>Imports <paramref name="dataset"/> all-or-nothing as <paramref name="actor"/> and publishes the result.</summary>
    /// <exception cref="StoreValidationException">The result would be invalid; nothing changed.</exception>
    public Task<DatasetSnapshot> ImportAsync(Dataset dataset, ImportMode mode, string actor, CancellationToken cancellationToken = default) =>
        WriteAsync(version => store.ImportAsync(dataset, mode, actor, version, cancellationToken), cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _writeLock.Dispose();

    private async Task<DatasetSnapshot> WriteAsync(Func<string, Task<Dataset>> write, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _current ?? new DatasetSnapshot(await store.LoadAsync(cancellationToken).ConfigureAwait(false));
            Dataset next;
            try
            {
                next = await write(current.Version).ConfigureAwait(false);
            }
            catch (StoreConflictException)
            {
                // Another process (a CLI import, a second server) wrote to the store: re-read it and try once more
                // on the fresh version, so the change applies to what is stored, not to our stale copy.
                current = new DatasetSnapshot(await store.LoadAsync(cancellationToken).ConfigureAwait(false));
                _current = current;
                next = await write(current.Version).ConfigureAwait(false);
            }

            var published = next.Version == current.Version ? current : new DatasetSnapshot(next);
            _current = published;
            return published;
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
