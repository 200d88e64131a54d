using CoopGraph.Domain;
using CoopGraph.Storage.Neo4j;
using CoopGraph.Storage.Sqlite;

namespace CoopGraph.Storage;

/// <summary>Opens the store that validated <see cref="StorageOptions"/> name; used by the DI registration and the command line.</summary>
public static class GraphStoreFactory
{
    /// <summary>The store of <paramref name="options"/>.</summary>
    /// <param name="options">Validated options.</param>
    /// <param name="seed">Written when the store holds no dataset yet; null leaves a new store empty.</param>
    /// <param name="http">For Neo4j: the HttpClient to use (a new one when null).</param>
    /// <param name="time">The clock for history entries.</param>
    public static IGraphStore Create(StorageOptions options, Dataset? seed, HttpClient? http = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            StorageProvider.Sqlite => new SqliteGraphStore(options.Sqlite.Path, seed, time),
            StorageProvider.Neo4j => CreateNeo4j(options.Neo4j, seed, http, time),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "unknown storage provider"),
        };
    }

    /// <summary>A Neo4j store, typed: for what only Neo4j does (<c>sync</c> in batches, derived edges for Browser and Bloom).</summary>
    /// <param name="options">Validated Neo4j options.</param>
    /// <param name="seed">Written when the database holds no dataset yet; null leaves it empty.</param>
    /// <param name="http">The HttpClient to use (a new one when null).</param>
    /// <param name="time">The clock for history entries.</param>
    public static Neo4jGraphStore CreateNeo4j(Neo4jStorageOptions options, Dataset? seed = null, HttpClient? http = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Neo4jGraphStore(new QueryApiClient(http ?? new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, options), seed, time);
    }
}
