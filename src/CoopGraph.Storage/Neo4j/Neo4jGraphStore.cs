using System.Globalization;
using System.Reflection;
using CoopGraph.Domain;
using CoopGraph.Domain.Changes;

namespace CoopGraph.Storage.Neo4j;

/// <summary>
/// The network as a Neo4j graph, over the HTTP Query API. Every write is one explicit transaction that first locks the
/// <c>(:Dataset)</c> header node, so writers queue and each reads, checks and writes the latest state; a failed write
/// is rolled back whole. Constraints from <c>cypher/schema.cypher</c> are created at first use. The header keeps the
/// version of what the graph holds, so a writer that finds the version it last saw skips re-reading the graph. A
/// statement Neo4j refuses (<see cref="QueryApiException"/>) leaves the store as a <see cref="StoreUnavailableException"/>
/// naming the server and Neo4j's code, so callers handle one kind of store failure.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    private readonly QueryApiClient _client;
    private readonly Dataset? _seed;
    private readonly TimeProvider _time;
    private readonly Lock _initLock = new();
    private Task? _init;
    private volatile Dataset? _known;
    private (string Version, DateTimeOffset At)? _checked;

    /// <summary>How long <see cref="VersionAsync"/> trusts the version it last read: each check is a round trip.</summary>
    public static TimeSpan VersionCheckInterval { get; } = TimeSpan.FromSeconds(1);

    /// <summary>A store on the server and database <paramref name="client"/> talks to.</summary>
    /// <param name="client">The Query API client.</param>
    /// <param name="seed">Written at first use when the database holds no CoopGraph dataset yet.</param>
    /// <param name="time">The clock for history entries.</param>
    public Neo4jGraphStore(QueryApiClient client, Dataset? seed = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        (_client, _seed, _time) = (client, seed, time ?? TimeProvider.System);
    }

    /// <inheritdoc />
    public string Description => "neo4j:" + _client.ServerUri;

    /// <summary>The schema statements of <c>cypher/schema.cypher</c> (embedded at build time).</summary>
    public static IReadOnlyList<string> SchemaStatements { get; } = ReadSchema();

    /// <inheritdoc />
    public Task<Dataset> LoadAsync(CancellationToken cancellationToken = default) => Refusals(async () =>
    {
        await EnsureInitializedAsync(cancellationToken);

        // One transaction, so the seven reads see one state even while a writer commits.
        return await _client.InTransactionAsync(
            async tx => await CurrentAsync(tx, await Neo4jDatasetGraph.VersionAsync(tx, cancellationToken), cancellationToken) ?? StoreWrite.Nothing,
            cancellationToken);
    });

    /// <inheritdoc />
    public Task<string> VersionAsync(CancellationToken cancellationToken = default) => Refusals(async () =>
    {
        if (_checked is { } last && _time.GetUtcNow() - last.At < VersionCheckInterval)
        {
            return last.Version;
        }

        await EnsureInitializedAsync(cancellationToken);
        var version = await _client.InTransactionAsync(
            async tx => (await CurrentAsync(tx, await Neo4jDatasetGraph.VersionAsync(tx, cancellationToken), cancellationToken) ?? StoreWrite.Nothing).Version,
            cancellationToken);
        _checked = (version, _time.GetUtcNow());
        return version;
    });

    /// <inheritdoc />
    public Task<Dataset> ApplyAsync(IReadOnlyList<Change> changes, string actor, string? expectedVersion = null, CancellationToken cancellationToken = default) =>
        WriteAsync(StoreWrite.Apply(changes), actor, expectedVersion, onlyWhenEmpty: false, cancellationToken);

    /// <inheritdoc />
    public Task<Dataset> ImportAsync(Dataset dataset, ImportMode mode, string actor, string? expectedVersion = null, CancellationToken cancellationToken = default) =>
        WriteAsync(StoreWrite.Import(dataset, mode), actor, expectedVersion, onlyWhenEmpty: false, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<ChangeRecord>> HistoryAsync(int first, long after = 0, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        return Refusals(() => ReadHistoryAsync(first, after, cancellationToken));
    }

    private async Task<IReadOnlyList<ChangeRecord>> ReadHistoryAsync(int first, long after, CancellationToken cancellationToken)
    {
        await EnsureInitializedAsync(cancellationToken);
        var result = await _client.RunAsync(
            "MATCH (c:Change) WHERE c.sequence > $after RETURN c.sequence AS sequence, c.at AS at, c.actor AS actor, " +
            "c.kind AS kind, c.target AS target, c.version AS version ORDER BY c.sequence LIMIT $first",
            new Dictionary<string, object?> { ["after"] = after, ["first"] = first }, cancellationToken);
        return [.. result.Rows.Select(r => new ChangeRecord(
            r.GetInt64("sequence"),
            DateTimeOffset.Parse(r.GetRequiredString("at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            r.GetRequiredString("actor"), r.GetRequiredString("kind"), r.GetRequiredString("target"), r.GetRequiredString("version")))];
    }

    /// <inheritdoc />
    public async Task<StoreHealth> CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _client.RunAsync("RETURN 1 AS ok", null, cancellationToken);
            return new StoreHealth(true, null);
        }
        catch (Exception ex) when (ex is StoreUnavailableException or QueryApiException)
        {
            return new StoreHealth(false, ex.Message);
        }
    }

    /// <summary>
    /// Makes the graph hold <paramref name="dataset"/> (a replace, recorded as <c>import:replace</c> by <paramref name="actor"/>)
    /// in transactions of at most <paramref name="batchSize"/> rows each, for datasets too large for one transaction.
    /// Not atomic: a failure names the batch it stopped at, and calling this again with the same dataset continues from
    /// there. Writers should wait until it is done.
    /// </summary>
    /// <param name="dataset">A valid dataset.</param>
    /// <param name="actor">Who asks (recorded in the history).</param>
    /// <param name="batchSize">Rows per transaction.</param>
    /// <param name="progress">Told after each committed batch.</param>
    /// <param name="cancellationToken">Stops between batches (a rerun continues).</param>
    /// <exception cref="StoreUnavailableException">Neo4j failed or refused a batch; the message names it.</exception>
    public Task<SyncOutcome> SyncAsync(Dataset dataset, string actor, int batchSize, IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return Refusals(async () =>
        {
            await EnsureInitializedAsync(cancellationToken);
            var outcome = await Neo4jSync.RunAsync(_client, Description, dataset, actor, _time.GetUtcNow(), batchSize, progress, cancellationToken);
            Remember(dataset);
            return outcome;
        });
    }

    /// <summary>Replaces every <c>CAN_SUPPORT</c> edge with <paramref name="edges"/>, in one transaction.</summary>
    public Task WriteSupportEdgesAsync(IReadOnlyList<SupportEdge> edges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(edges);
        return Refusals(async () =>
        {
            await EnsureInitializedAsync(cancellationToken);
            return await _client.InTransactionAsync(async tx =>
            {
                await tx.RunAsync("MATCH (:Office)-[r:CAN_SUPPORT]->(:Office) DELETE r", null, cancellationToken);
                await Neo4jDatasetGraph.UnwindAsync(tx,
                    "UNWIND $rows AS row MATCH (a:Office {code: row.from}) MATCH (b:Office {code: row.to}) " +
                    "CREATE (a)-[:CAN_SUPPORT {weight: row.weight, subjects: row.subjects}]->(b)",
                    edges.Select(e => Neo4jDatasetGraph.Row(("from", e.From), ("to", e.To), ("weight", e.Weight), ("subjects", e.Subjects))), cancellationToken);
                return true;
            }, cancellationToken);
        });
    }

    /// <summary>
    /// Sets numeric properties on offices (e.g. <c>pageRank</c>, <c>betweenness</c>) so Neo4j Browser and Bloom can size
    /// and colour by them. Property names travel as map keys of a parameter, never as Cypher text.
    /// </summary>
    /// <param name="scores">Per office code, property name to value.</param>
    /// <param name="cancellationToken">Cancels before the commit.</param>
    public Task WriteOfficeScoresAsync(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> scores, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return Refusals(async () =>
        {
            await EnsureInitializedAsync(cancellationToken);
            return await _client.InTransactionAsync(async tx =>
            {
                await Neo4jDatasetGraph.UnwindAsync(tx, "UNWIND $rows AS row MATCH (o:Office {code: row.code}) SET o += row.scores",
                    scores.Select(s => Neo4jDatasetGraph.Row(("code", s.Key), ("scores", s.Value))), cancellationToken);
                return true;
            }, cancellationToken);
        });
    }

    private Task<Dataset> WriteAsync(StoreWrite write, string actor, string? expectedVersion, bool onlyWhenEmpty, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return Refusals(() => WriteInTransactionAsync(write, actor, expectedVersion, onlyWhenEmpty, cancellationToken));
    }

    private async Task<Dataset> WriteInTransactionAsync(StoreWrite write, string actor, string? expectedVersion, bool onlyWhenEmpty, CancellationToken cancellationToken)
    {
        if (!onlyWhenEmpty)
        {
            await EnsureInitializedAsync(cancellationToken);
        }

        var written = await _client.InTransactionAsync(async tx =>
        {
            var (written, sequence, version) = await Neo4jDatasetGraph.LockAsync(tx, cancellationToken);
            var current = written ? await CurrentAsync(tx, version, cancellationToken) : null;
            if (onlyWhenEmpty && current is not null)
            {
                return current;
            }

            var next = write.Decide(current, expectedVersion);
            await Neo4jDatasetGraph.WriteAsync(tx, next, DatasetDiff.Changed(current, next), cancellationToken);
            var at = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
            var rows = write.Entries.Select((e, i) => Neo4jDatasetGraph.Row(
                ("sequence", sequence + i + 1), ("at", at), ("actor", actor), ("kind", e.Kind), ("target", e.Target), ("version", next.Version))).ToList();
            await Neo4jDatasetGraph.UnwindAsync(tx,
                "UNWIND $rows AS row CREATE (:Change {sequence: row.sequence, at: row.at, actor: row.actor, kind: row.kind, target: row.target, version: row.version})",
                rows, cancellationToken);
            await tx.RunAsync("MATCH (d:Dataset {key: 'current'}) SET d.sequence = $sequence",
                new Dictionary<string, object?> { ["sequence"] = sequence + rows.Count }, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            return next;
        }, cancellationToken);
        Remember(written);
        return written;
    }

    // What this store just wrote or read is what the graph holds: the next version check needs no round trip.
    private void Remember(Dataset dataset)
    {
        _known = dataset;
        _checked = (dataset.Version, _time.GetUtcNow());
    }

    // The stored dataset: the one kept in memory when the header holds its version, else read (and kept).
    private async Task<Dataset?> CurrentAsync(QueryApiTransaction tx, string? storedVersion, CancellationToken cancellationToken)
    {
        if (_known is { } known && storedVersion == known.Version)
        {
            return known;
        }

        var read = await Neo4jDatasetGraph.ReadAsync(s => tx.RunAsync(s, null, cancellationToken));
        _known = read;
        return read;
    }

    // Neo4j refusing a statement (a constraint, a missing database, a syntax error after an upgrade) is a store failure
    // for every caller: the message names the server and Neo4j's code.
    private async Task<T> Refusals<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (QueryApiException ex)
        {
            throw new StoreUnavailableException($"{Description} refused the request: {ex.Message}", ex);
        }
    }

    private Task EnsureInitializedAsync(CancellationToken cancellationToken)
    {
        lock (_initLock)
        {
            // A failed start (server still booting) is forgotten, so the next call tries again.
            if (_init is null || _init.IsFaulted || _init.IsCanceled)
            {
                _init = InitializeAsync(cancellationToken);
            }

            return _init;
        }
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // Schema commands cannot share a transaction with writes: each runs on its own.
        foreach (var statement in SchemaStatements)
        {
            await _client.RunAsync(statement, null, cancellationToken);
        }

        if (_seed is not null)
        {
            await WriteAsync(StoreWrite.Import(_seed, ImportMode.Replace), "seed", null, onlyWhenEmpty: true, cancellationToken);
        }
    }

    private static List<string> ReadSchema()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("schema.cypher")
            ?? throw new InvalidOperationException("cypher/schema.cypher is missing from the build");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal));
        return [.. string.Join(' ', lines).Split(';').Select(s => s.Trim()).Where(s => s.Length > 0)];
    }
}
