using CoopGraph.Domain;
using CoopGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Storage.Tests.Sqlite;

/// <summary>The contract suite on the SQLite store, one temporary file per test.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContractTests, IDisposable
{
    private readonly TempDirectory _dir = new();

    protected override string? SkipReason => null;

    protected override Task<IGraphStore> CreateStoreAsync(Dataset? seed) =>
        Task.FromResult<IGraphStore>(new SqliteGraphStore(_dir.File("store.db"), seed));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}

/// <summary>A directory under the system temp folder, deleted with its content.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "coopgraph-tests", Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the OS temp cleaner gets it.
        }
    }
}
