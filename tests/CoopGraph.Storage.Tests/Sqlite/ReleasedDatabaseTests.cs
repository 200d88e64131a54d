using CoopGraph.Domain.Formats;
using CoopGraph.Storage.Sqlite;
using CoopGraph.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Storage.Tests.Sqlite;

/// <summary>
/// A database written by the release before rounds (<c>coopgraph import data/lima-2022.json</c> with main at 24f6c35,
/// schema version 2) opens with this build, is migrated, and holds the same dataset and history.
/// </summary>
public sealed class ReleasedDatabaseTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task LoadAsync_DatabaseWrittenBeforeRounds_SameDatasetAndHistory()
    {
        // A copy: opening migrates, and the committed fixture must stay as the old release wrote it.
        var path = _dir.File("released.db");
        File.Copy(RepoPaths.Of("tests", "CoopGraph.Storage.Tests", "Fixtures", "release-2026-12-lima.db"), path);
        var expected = DatasetJson.Load(RepoPaths.Of("tests", "CoopGraph.Storage.Tests", "Fixtures", "release-2026-12-lima.json")).Dataset!;

        var store = new SqliteGraphStore(path, seed: null);
        var loaded = await store.LoadAsync(TestContext.Current.CancellationToken);
        var history = await store.HistoryAsync(10, cancellationToken: TestContext.Current.CancellationToken);

        DatasetJson.Serialize(loaded).ShouldBe(DatasetJson.Serialize(expected));
        loaded.Version.ShouldBe("2c446d57ab164936");
        history.Count.ShouldBe(1);
        history[0].Actor.ShouldBe("fixture:release-before-rounds");
        history[0].Version.ShouldBe("2c446d57ab164936");
    }

    [Fact]
    public async Task ImportAsync_RoundsIntoTheMigratedDatabase_KeepsHistoryAndGainsRounds()
    {
        var path = _dir.File("released.db");
        File.Copy(RepoPaths.Of("tests", "CoopGraph.Storage.Tests", "Fixtures", "release-2026-12-lima.db"), path);
        var store = new SqliteGraphStore(path, seed: null);
        var before = await store.LoadAsync(TestContext.Current.CancellationToken);

        await store.ImportAsync(TestData.Lima, Domain.Changes.ImportMode.Merge, "test", before.Version, TestContext.Current.CancellationToken);
        SqliteConnection.ClearAllPools();
        var reopened = await new SqliteGraphStore(path, seed: null).LoadAsync(TestContext.Current.CancellationToken);

        reopened.Version.ShouldBe(TestData.Lima.Version);
        reopened.AllRounds.Count.ShouldBe(2);
        (await store.HistoryAsync(10, cancellationToken: TestContext.Current.CancellationToken)).Count.ShouldBe(2);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
