using CoopGraph.Domain.Formats;
using CoopGraph.Storage.Sqlite;
using CoopGraph.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Server.Tests.Cli;

/// <summary><c>coopgraph import</c> into SQLite, and the verbs that then read the store.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("coopgraph-import-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }

    [Fact]
    public async Task Import_LimaIntoNewSqliteFile_StoresExactlyTheFile()
    {
        var ct = TestContext.Current.CancellationToken;
        var db = Path.Combine(_dir.FullName, "x.db");
        var lima = DatasetJson.Load(RepoPaths.Lima).Dataset!;

        var run = CliRun.Of("import", RepoPaths.Lima, "--store", "sqlite:" + db, "--actor", "tester");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain(lima.Version);
        var store = new SqliteGraphStore(db);
        (await store.LoadAsync(ct)).Version.ShouldBe(lima.Version);
        var entry = (await store.HistoryAsync(10, 0, ct)).ShouldHaveSingleItem();
        (entry.Actor, entry.Kind).ShouldBe(("tester", "import:merge"));
    }

    [Fact]
    public void Analyze_StoreAfterImport_EqualsAnalyzeOfTheFile()
    {
        var db = Path.Combine(_dir.FullName, "x.db");
        CliRun.Of("import", RepoPaths.Lima, "--store", "sqlite:" + db).ExitCode.ShouldBe(0);

        var fromStore = CliRun.Of("analyze", "--store", "sqlite:" + db, "--format", "json");
        var fromFile = CliRun.Of("analyze", "--data", RepoPaths.Lima, "--format", "json");

        fromStore.ExitCode.ShouldBe(0, fromStore.Error);
        fromStore.Output.ShouldNotBeEmpty();
        fromStore.Output.ShouldBe(fromFile.Output);
    }

    [Fact]
    public void Validate_StoreAfterImport_ChecksTheStoredDataset()
    {
        var db = Path.Combine(_dir.FullName, "x.db");
        CliRun.Of("import", RepoPaths.Lima, "--store", "sqlite:" + db).ExitCode.ShouldBe(0);

        var run = CliRun.Of("validate", "--store", "sqlite:" + db);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldStartWith("valid: 18 offices");
        run.Output.ShouldContain(DatasetJson.Load(RepoPaths.Lima).Dataset!.Version);
        run.Error.ShouldContain("both requests and offers");
    }

    [Fact]
    public void Validate_FileAndStoreTogether_IsAUsageError()
    {
        var run = CliRun.Of("validate", RepoPaths.Lima, "--store", "sqlite:" + Path.Combine(_dir.FullName, "y.db"));

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldContain("not both");
    }

    [Fact]
    public void Analyze_DataAndStoreTogether_IsRefused()
    {
        var run = CliRun.Of("analyze", "--data", RepoPaths.Lima, "--store", "sqlite:" + Path.Combine(_dir.FullName, "y.db"));

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("not both");
    }

    [Fact]
    public void Import_UnknownStoreScheme_FailsWithTheReason()
    {
        var run = CliRun.Of("import", RepoPaths.Lima, "--store", "mysql:x");

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("store 'mysql:x' is neither sqlite:PATH nor neo4j:URI");
    }
}
