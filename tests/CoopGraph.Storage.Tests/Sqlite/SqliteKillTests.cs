using System.Diagnostics;
using System.Globalization;
using CoopGraph.Domain;
using CoopGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Storage.Tests.Sqlite;

/// <summary>
/// SIGKILLs a child process (KillHost: a generated dataset imported through <see cref="SqliteGraphStore"/>) while it
/// writes into a SQLite file, several times, and checks after each kill that the file holds exactly the state before
/// or after the import, never a mixture. The child builds its data in memory, so almost all of its run is the write.
/// </summary>
[Trait("Category", "Kill")]
public sealed class SqliteKillTests(ITestOutputHelper output) : IDisposable
{
    private const int Kills = 8;
    private const int Offices = 1500;
    private static readonly int[] Salts = [1, 2];
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Import_KilledMidWrite_LeavesBeforeOrAfterStateOnly()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "the kill test sends SIGKILL, a POSIX signal");
        var ct = TestContext.Current.CancellationToken;
        var db = _dir.File("kill.db");
        var datasets = Salts.Select(salt =>
            GeneratedData.Large($"kill-{salt}", Offices, subjects: 300, requestsPerOffice: 12, offersPerOffice: 6, salt)).ToArray();

        await new SqliteGraphStore(db, TestData.Lima).LoadAsync(ct);
        var states = new Dictionary<string, int> { ["before"] = 0, ["after"] = 0, ["finished before the kill"] = 0 };
        var killedWithWalWritten = 0;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < Kills; round++)
        {
            var before = await Load(db, ct);
            var target = before.Version == datasets[0].Version ? 1 : 0;
            var walBefore = WalStamp(db);
            using var child = StartImport(db, Salts[target]);

            // Wait until the child writes to the WAL (its transaction is under way), then a little longer, varied per round.
            var written = await WaitFor(() => WalStamp(db) != walBefore || child.HasExited, TimeSpan.FromSeconds(20), ct);
            await Task.Delay(TimeSpan.FromMilliseconds(round == 0 ? 0 : 25 << round), ct);
            var exitedFirst = child.HasExited;
            child.Kill();
            await child.WaitForExitAsync(ct);
            SqliteConnection.ClearAllPools();

            var state = await Load(db, ct);
            state.Version.ShouldBeOneOf(before.Version, datasets[target].Version);
            CheckIntegrity(db);
            var last = (await new SqliteGraphStore(db).HistoryAsync(1000, 0, ct))[^1];
            last.Version.ShouldBe(state.Version, "the history is written in the same transaction as the data");
            var outcome = exitedFirst ? "finished before the kill" : state.Version == before.Version ? "before" : "after";
            states[outcome]++;
            killedWithWalWritten += written && !exitedFirst ? 1 : 0;
            output.WriteLine($"round {round}: killed {(exitedFirst ? "after exit" : "mid-run")}, WAL written: {written}, state: {outcome}");
        }

        output.WriteLine($"{Kills} kills in {clock.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", states.Select(s => $"{s.Key} {s.Value}"))}; killed after the WAL grew: {killedWithWalWritten}");
        states["before"].ShouldBeGreaterThan(0, "no kill interrupted a write: the test proved nothing");

        // And left alone, the child does complete the import: the "before" states above were interruptions.
        var settled = await Load(db, ct);
        var goal = settled.Version == datasets[0].Version ? 1 : 0;
        using (var child = StartImport(db, Salts[goal]))
        {
            await child.WaitForExitAsync(ct);
            child.ExitCode.ShouldBe(0, await child.StandardError.ReadToEndAsync(ct));
        }

        (await Load(db, ct)).Version.ShouldBe(datasets[goal].Version);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private static async Task<Dataset> Load(string db, CancellationToken ct)
    {
        var dataset = await new SqliteGraphStore(db).LoadAsync(ct);
        SqliteConnection.ClearAllPools();
        return dataset;
    }

    private static Process StartImport(string db, int salt)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "exec", Path.Combine(AppContext.BaseDirectory, "CoopGraph.Storage.KillHost.dll"), db, salt.ToString(CultureInfo.InvariantCulture), Offices.ToString(CultureInfo.InvariantCulture) },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(start) ?? throw new InvalidOperationException("could not start coopgraph");
    }

    private static (long, DateTime) WalStamp(string db)
    {
        var wal = new FileInfo(db + "-wal");
        return wal.Exists ? (wal.Length, wal.LastWriteTimeUtc) : (0, DateTime.MinValue);
    }

    private static async Task<bool> WaitFor(Func<bool> condition, TimeSpan limit, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                return false;
            }

            await Task.Delay(2, ct);
        }

        return true;
    }

    private static void CheckIntegrity(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        command.ExecuteScalar().ShouldBe("ok");
        command.CommandText = "PRAGMA foreign_key_check";
        using var reader = command.ExecuteReader();
        reader.Read().ShouldBeFalse("no row may point at a missing office, subject, area or network");
    }
}
