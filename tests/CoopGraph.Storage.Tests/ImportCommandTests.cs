using System.Diagnostics;
using CoopGraph.Storage.Sqlite;
using CoopGraph.Tests.Shared;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Storage.Tests;

/// <summary>Runs the real <c>coopgraph import</c> (built next to the tests) on the committed Lima file.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Import_LimaIntoNewSqliteFile_StoresExactlyTheFile()
    {
        var ct = TestContext.Current.CancellationToken;
        var db = _dir.File("x.db");

        var (exit, stdout, stderr) = await Run(ct, "import", RepoPaths.Lima, "--store", "sqlite:" + db, "--actor", "tester");

        exit.ShouldBe(0, stderr);
        stdout.ShouldContain(TestData.Lima.Version);
        var store = new SqliteGraphStore(db);
        (await store.LoadAsync(ct)).Version.ShouldBe(TestData.Lima.Version);
        var entry = (await store.HistoryAsync(10, 0, ct)).ShouldHaveSingleItem();
        (entry.Actor, entry.Kind).ShouldBe(("tester", "import:merge"));
    }

    [Fact]
    public async Task Import_UnknownStoreScheme_FailsWithTheReason()
    {
        var (exit, _, stderr) = await Run(TestContext.Current.CancellationToken, "import", RepoPaths.Lima, "--store", "mysql:x");

        exit.ShouldNotBe(0);
        stderr.ShouldContain("store 'mysql:x' is neither sqlite:PATH nor neo4j:URI");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private static async Task<(int Exit, string Out, string Err)> Run(CancellationToken ct, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "coopgraph.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await stdout, await stderr);
    }
}
