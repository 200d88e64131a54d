using CoopGraph.Domain;
using CoopGraph.Domain.Changes;

namespace CoopGraph.Storage;

/// <summary>
/// Where the network lives: the embedded SQLite file (default) or a Neo4j database. Every write is atomic and checked
/// against the version the caller read, so concurrent writers never lose an update.
/// </summary>
public interface IGraphStore
{
    /// <summary>Names the store for messages and <c>/ready</c>, e.g. <c>sqlite:coopgraph.db</c>.</summary>
    string Description { get; }

    /// <summary>The current dataset and its version.</summary>
    Task<Dataset> LoadAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The version of the stored dataset, cheap enough to ask before every request: a store answers from memory while
    /// it knows nothing was committed since it last looked (SQLite: <c>PRAGMA data_version</c>), so a write by another
    /// process becomes visible.
    /// </summary>
    Task<string> VersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Applies <paramref name="changes"/> all-or-nothing and records them in the history as <paramref name="actor"/>.</summary>
    /// <param name="changes">The batch, validated with <see cref="DatasetEditor.Apply"/>.</param>
    /// <param name="actor">Who asks (recorded in the history).</param>
    /// <param name="expectedVersion">When given, the write fails with <see cref="StoreConflictException"/> unless the stored dataset still has this version.</param>
    /// <param name="cancellationToken">Cancels the write before it commits.</param>
    /// <returns>The dataset after the batch.</returns>
    /// <exception cref="StoreValidationException">The batch would make the dataset invalid; nothing changed.</exception>
    Task<Dataset> ApplyAsync(IReadOnlyList<Change> changes, string actor, string? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>Imports a whole dataset all-or-nothing, merging into or replacing the current one.</summary>
    /// <exception cref="StoreValidationException">The result would be invalid; nothing changed.</exception>
    Task<Dataset> ImportAsync(Dataset dataset, ImportMode mode, string actor, string? expectedVersion = null, CancellationToken cancellationToken = default);

    /// <summary>The change history, oldest first, starting after sequence number <paramref name="after"/>.</summary>
    Task<IReadOnlyList<ChangeRecord>> HistoryAsync(int first, long after = 0, CancellationToken cancellationToken = default);

    /// <summary>Whether the store answers; the reason when not.</summary>
    Task<StoreHealth> CheckAsync(CancellationToken cancellationToken = default);
}

/// <summary>One entry of the audit trail.</summary>
/// <param name="Sequence">Increasing number, the cursor for paging.</param>
/// <param name="At">When it was committed (UTC).</param>
/// <param name="Actor">Who made it.</param>
/// <param name="Kind">What kind: a <see cref="Change.Kind"/>, or <c>import:merge</c> / <c>import:replace</c>.</param>
/// <param name="Target">What it touched.</param>
/// <param name="Version">The dataset version after the change's batch.</param>
public sealed record ChangeRecord(long Sequence, DateTimeOffset At, string Actor, string Kind, string Target, string Version);

/// <summary>The outcome of a store health check.</summary>
/// <param name="Ready">True when the store answers queries.</param>
/// <param name="Reason">Why not, when not ready.</param>
public sealed record StoreHealth(bool Ready, string? Reason);
