using CoopGraph.Domain.Initiatives;
using CoopGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Storage.Tests.Sqlite;

/// <summary>A database written before initiatives existed gains their tables and keeps everything it had.</summary>
public sealed class SqliteInitiativeMigrationTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoadAsync_DatabaseWithoutInitiativeTables_MigratesAndKeepsTheVersion()
    {
        var path = _dir.File("old.db");
        var before = await new SqliteGraphStore(path, TestData.Lima).LoadAsync(Ct);
        // Make it what the release before initiatives wrote: no initiative tables, schema version 3 (after the rounds step).
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE initiative_steps; DROP TABLE initiative_offices; DROP TABLE initiatives; DELETE FROM schema_version WHERE version > 3;";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        var store = new SqliteGraphStore(path);
        var loaded = await store.LoadAsync(Ct);
        var request = loaded.Requests[0];
        var offerer = loaded.Offers.First(o => o.Subject == request.Subject).Office;
        var proposed = await store.ApplyAsync(
            [new ProposeInitiative("first", "First", request.Subject, [request.Office], [offerer], null, DateTimeOffset.UnixEpoch, "t", null)], "t", loaded.Version, Ct);

        loaded.Version.ShouldBe(before.Version);
        (await new SqliteGraphStore(path).LoadAsync(Ct)).Version.ShouldBe(proposed.Version);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
