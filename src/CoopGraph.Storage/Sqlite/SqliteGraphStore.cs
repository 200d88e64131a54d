using System.Globalization;
using CoopGraph.Domain;
using CoopGraph.Domain.Changes;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Every write runs in a <c>BEGIN IMMEDIATE</c> transaction, so
/// writers queue (in this process or another) and each one reads, checks and writes the latest state; a killed
/// process leaves the state before or after its write, because SQLite rolls back an uncommitted WAL tail.
/// The header row holds the version of what the tables hold, so a write that finds the version it last saw uses the
/// dataset it keeps in memory instead of re-reading every row, and writes only the rows the edit touched.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore, IDisposable
{
    private readonly string _path;
    private readonly string _connectionString;
    private readonly Dataset? _seed;
    private readonly TimeProvider _time;
    private readonly Lock _openLock = new();
    private readonly Lock _watchLock = new();
    private volatile bool _opened;

    // The last dataset this store read or wrote; valid while the header row holds its version.
    private volatile Dataset? _known;
    private SqliteConnection? _watch;
    private long _watchedDataVersion = -1;
    private string? _watchedVersion;

    /// <summary>A store on the file <paramref name="path"/> (created when missing).</summary>
    /// <param name="path">The database file.</param>
    /// <param name="seed">Written at first open when the store holds no dataset yet (the server passes the bundled Lima data).</param>
    /// <param name="time">The clock for history entries.</param>
    public SqliteGraphStore(string path, Dataset? seed = null, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = path;
        _seed = seed;
        _time = time ?? TimeProvider.System;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            DefaultTimeout = 60,
            Pooling = true,
        }.ToString();
    }

    /// <inheritdoc />
    public string Description => "sqlite:" + _path;

    /// <inheritdoc />
    public async Task<Dataset> LoadAsync(CancellationToken cancellationToken = default)
    {
        using var connection = await OpenAsync(cancellationToken);
        using var transaction = connection.BeginTransaction(deferred: true);
        return Current(connection, transaction) ?? StoreWrite.Nothing;
    }

    /// <inheritdoc />
    public async Task<string> VersionAsync(CancellationToken cancellationToken = default)
    {
        if (!_opened)
        {
            (await OpenAsync(cancellationToken)).Dispose();
        }

        lock (_watchLock)
        {
            try
            {
                // One connection kept for this: data_version changes when any other connection (of this process or
                // another) commits, and costs no I/O when nothing did.
                if (_watch is null)
                {
                    _watch = new SqliteConnection(_connectionString);
                    _watch.Open();
                }

                using var command = _watch.CreateCommand();
                command.CommandText = "PRAGMA data_version";
                var dataVersion = (long)command.ExecuteScalar()!;
                if (dataVersion == _watchedDataVersion && _watchedVersion is not null)
                {
                    return _watchedVersion;
                }

                command.CommandText = "SELECT version FROM dataset";
                var stored = command.ExecuteScalar();
                _watchedVersion = stored switch
                {
                    string version => version,
                    null => StoreWrite.Nothing.Version,
                    _ => null, // written before the version column existed: read it once
                };
                if (_watchedVersion is null)
                {
                    using var transaction = _watch.BeginTransaction(deferred: true);
                    _watchedVersion = (Current(_watch, transaction) ?? StoreWrite.Nothing).Version;
                }

                _watchedDataVersion = dataVersion;
                return _watchedVersion;
            }
            catch (SqliteException ex)
            {
                _watch?.Dispose();
                _watch = null;
                throw new StoreUnavailableException($"sqlite:{_path} cannot be used: {ex.Message}", ex);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_watchLock)
        {
            _watch?.Dispose();
            _watch = null;
        }
    }

    /// <inheritdoc />
    public Task<Dataset> ApplyAsync(IReadOnlyList<Change> changes, string actor, string? expectedVersion = null, CancellationToken cancellationToken = default) =>
        WriteAsync(StoreWrite.Apply(changes), actor, expectedVersion, cancellationToken);

    /// <inheritdoc />
    public Task<Dataset> ImportAsync(Dataset dataset, ImportMode mode, string actor, string? expectedVersion = null, CancellationToken cancellationToken = default) =>
        WriteAsync(StoreWrite.Import(dataset, mode), actor, expectedVersion, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<ChangeRecord>> HistoryAsync(int first, long after = 0, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        using var connection = await OpenAsync(cancellationToken);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sequence, at, actor, kind, target, version FROM changes WHERE sequence > $after ORDER BY sequence LIMIT $first";
        command.Parameters.AddWithValue("$after", after);
        command.Parameters.AddWithValue("$first", first);
        using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<ChangeRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add(new ChangeRecord(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        }

        return records;
    }

    /// <inheritdoc />
    public async Task<StoreHealth> CheckAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = await OpenAsync(cancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM dataset";
            await command.ExecuteScalarAsync(cancellationToken);
            return new StoreHealth(true, null);
        }
        catch (StoreUnavailableException ex)
        {
            return new StoreHealth(false, ex.Message);
        }
    }

    private async Task<Dataset> WriteAsync(StoreWrite write, string actor, string? expectedVersion, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        using var connection = await OpenAsync(cancellationToken);
        return Write(connection, write, actor, expectedVersion, cancellationToken);
    }

    // Synchronous inside the transaction: SQLite does no real async I/O, and a write holds the file lock anyway.
    private Dataset Write(SqliteConnection connection, StoreWrite write, string actor, string? expectedVersion, CancellationToken cancellationToken, bool onlyWhenEmpty = false)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var current = Current(connection, transaction);
        if (onlyWhenEmpty && current is not null)
        {
            return current;
        }

        var next = write.Decide(current, expectedVersion);
        SqliteDatasetDelta.Write(connection, transaction, current, next);
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO changes (at, actor, kind, target, version) VALUES ($at, $actor, $kind, $target, $version)";
            var at = command.Parameters.Add("$at", SqliteType.Text);
            command.Parameters.AddWithValue("$actor", actor);
            var kind = command.Parameters.Add("$kind", SqliteType.Text);
            var target = command.Parameters.Add("$target", SqliteType.Text);
            command.Parameters.AddWithValue("$version", next.Version);
            at.Value = _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
            foreach (var entry in write.Entries)
            {
                (kind.Value, target.Value) = entry;
                command.ExecuteNonQuery();
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        _known = next;
        return next;
    }

    // The stored dataset: the one kept in memory when the header still holds its version (no other writer since),
    // else read from the tables (and kept).
    private Dataset? Current(SqliteConnection connection, SqliteTransaction transaction)
    {
        var known = _known;
        if (known is not null && SqliteDatasetTables.ReadVersion(connection, transaction) == known.Version)
        {
            return known;
        }

        var read = SqliteDatasetTables.Read(connection, transaction);
        _known = read;
        return read;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            using (var pragmas = connection.CreateCommand())
            {
                // WAL: readers never block the writer; FULL: a commit is on disk when Commit returns.
                pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
                await pragmas.ExecuteNonQueryAsync(cancellationToken);
            }

            if (!_opened)
            {
                Initialize(connection, cancellationToken);
            }

            return connection;
        }
        catch (SqliteException ex)
        {
            await connection.DisposeAsync();
            throw new StoreUnavailableException($"sqlite:{_path} cannot be used: {ex.Message}", ex);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private void Initialize(SqliteConnection connection, CancellationToken cancellationToken)
    {
        lock (_openLock)
        {
            if (_opened)
            {
                return;
            }

            SqliteMigrations.Migrate(connection, _path);
            if (_seed is not null)
            {
                // Checked and written in one transaction, so two processes opening a new file seed it once.
                Write(connection, StoreWrite.Import(_seed, ImportMode.Replace), "seed", null, cancellationToken, onlyWhenEmpty: true);
            }

            _opened = true;
        }
    }
}
