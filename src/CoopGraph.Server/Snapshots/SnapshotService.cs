using CoopGraph.Domain;
using CoopGraph.Domain.Changes;
using CoopGraph.Storage;

namespace CoopGraph.Server.Snapshots;

/// <summary>
/// Holds the snapshot the service answers from and publishes a new one after each write. Writes are serialized here
/// and checked against the version they were based on, so concurrent mutations never lose an update; readers never
/// wait for writers. It asks the store whether another process wrote (SQLite's <c>PRAGMA data_version</c>, a
/// round trip under the store's lock) at most once per <c>checkInterval</c>, and publishes what that process wrote; in
/// between, reads answer from the published snapshot. So this process's own writes are seen at once, another process's
/// within the interval (<c>Hosting:StoreCheckInterval</c>, 100 ms by default; zero asks before every read).
/// </summary>
/// <param name="store">The store the network lives in.</param>
/// <param name="checkInterval">How long a look at the store's version is trusted.</param>
/// <param name="time">The clock the interval is measured on.</param>
public sealed class SnapshotService(IGraphStore store, TimeSpan checkInterval, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile DatasetSnapshot? _current;

    // UTC ticks before which the published snapshot is trusted without asking the store.
    private long _trustedUntil;

    /// <summary>A service that asks the store before every read.</summary>
    public SnapshotService(IGraphStore store)
        : this(store, TimeSpan.Zero, TimeProvider.System)
    {
    }

    /// <summary>The store behind the service.</summary>
    public IGraphStore Store => store;

    /// <summary>
    /// The current snapshot: loaded from the store on first use, and again when another process has written (noticed
    /// within the check interval).
    /// </summary>
    public async ValueTask<DatasetSnapshot> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (_current is { } current)
        {
            if (!ClaimCheck())
            {
                return current;
            }

            string stored;
            try
            {
                stored = await store.VersionAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (StoreUnavailableException)
            {
                // The store is down but the snapshot is whole: reads go on answering from it; writes will report the store.
                return current;
            }

            if (stored == current.Version)
            {
                return current;
            }
        }

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await FreshAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Applies <paramref name="changes"/> all-or-nothing as <paramref name="actor"/> and publishes the result.</summary>
    /// <param name="changes">The batch.</param>
    /// <param name="actor">Who asks.</param>
    /// <param name="expectedVersion">When given, the write is refused unless the stored dataset still has this version.</param>
    /// <param name="cancellationToken">Cancels the write before it commits.</param>
    /// <returns>The snapshot the batch was applied to, and the one published after it (the same when nothing changed).</returns>
    /// <exception cref="StoreValidationException">The batch is invalid; nothing changed.</exception>
    /// <exception cref="StoreConflictException">The stored version is not <paramref name="expectedVersion"/>; nothing changed.</exception>
    public Task<SnapshotWrite> ApplyAsync(IReadOnlyList<Change> changes, string actor, string? expectedVersion = null, CancellationToken cancellationToken = default) =>
        WriteAsync(version => store.ApplyAsync(changes, actor, version, cancellationToken), expectedVersion, cancellationToken);

    /// <summary>Imports <paramref name="dataset"/> all-or-nothing as <paramref name="actor"/> and publishes the result.</summary>
    /// <exception cref="StoreValidationException">The result would be invalid; nothing changed.</exception>
    /// <exception cref="StoreConflictException">The stored version is not <paramref name="expectedVersion"/>; nothing changed.</exception>
    public Task<SnapshotWrite> ImportAsync(Dataset dataset, ImportMode mode, string actor, string? expectedVersion = null, CancellationToken cancellationToken = default) =>
        WriteAsync(version => store.ImportAsync(dataset, mode, actor, version, cancellationToken), expectedVersion, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _writeLock.Dispose();

    // True when this caller should ask the store: the interval is zero, or it has passed and no other caller claimed
    // the look first (the others answer from the published snapshot meanwhile: one look per interval, not one per request).
    private bool ClaimCheck()
    {
        if (checkInterval <= TimeSpan.Zero)
        {
            return true;
        }

        var now = time.GetUtcNow().UtcTicks;
        var until = Interlocked.Read(ref _trustedUntil);
        return now >= until && Interlocked.CompareExchange(ref _trustedUntil, now + checkInterval.Ticks, until) == until;
    }

    // Under the write lock: the published snapshot, re-read when the store holds another version.
    private async Task<DatasetSnapshot> FreshAsync(CancellationToken cancellationToken)
    {
        if (_current is { } current && await store.VersionAsync(cancellationToken).ConfigureAwait(false) == current.Version)
        {
            return current;
        }

        var loaded = new DatasetSnapshot(await store.LoadAsync(cancellationToken).ConfigureAwait(false));
        _current = loaded;
        return loaded;
    }

    private async Task<SnapshotWrite> WriteAsync(Func<string, Task<Dataset>> write, string? expectedVersion, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The edit is checked against, and applied to, the version the store holds now (not the one the request
            // started on), so what the result says it was applied to is true even with many writers.
            var current = await FreshAsync(cancellationToken).ConfigureAwait(false);
            if (expectedVersion is not null && expectedVersion != current.Version)
            {
                throw new StoreConflictException(expectedVersion, current.Version);
            }

            Dataset next;
            try
            {
                next = await write(current.Version).ConfigureAwait(false);
            }
            catch (StoreConflictException)
            {
                // Another process wrote between our look and our write: apply to what it wrote, unless the caller
                // asked for the version it had.
                current = await FreshAsync(cancellationToken).ConfigureAwait(false);
                if (expectedVersion is not null && expectedVersion != current.Version)
                {
                    throw new StoreConflictException(expectedVersion, current.Version);
                }

                next = await write(current.Version).ConfigureAwait(false);
            }

            var published = next.Version == current.Version ? current : new DatasetSnapshot(next);
            _current = published;
            return new SnapshotWrite(current, published);
        }
        finally
        {
            _writeLock.Release();
        }
    }
}

/// <summary>One write as the service performed it.</summary>
/// <param name="Previous">The snapshot the write was applied to.</param>
/// <param name="Snapshot">The snapshot published after it (the same as <paramref name="Previous"/> when nothing changed).</param>
public sealed record SnapshotWrite(DatasetSnapshot Previous, DatasetSnapshot Snapshot);
