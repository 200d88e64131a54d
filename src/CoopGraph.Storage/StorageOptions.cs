namespace CoopGraph.Storage;

/// <summary>Which store holds the network.</summary>
public enum StorageProvider
{
    /// <summary>The embedded SQLite file (the default: nothing to install).</summary>
    Sqlite,

    /// <summary>A Neo4j database reached over its HTTP Query API (Neo4j 5.25 or later).</summary>
    Neo4j,
}

/// <summary>Configuration section <c>Storage</c>: the store and how to reach it.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Storage";

    /// <summary>Which store to use; chosen explicitly, never guessed from the environment.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Settings of the SQLite store.</summary>
    public SqliteStorageOptions Sqlite { get; set; } = new();

    /// <summary>Settings of the Neo4j store.</summary>
    public Neo4jStorageOptions Neo4j { get; set; } = new();

    /// <summary>Names the store, e.g. <c>sqlite:coopgraph.db</c> or <c>neo4j:http://localhost:7474</c>.</summary>
    public string Describe() => Provider == StorageProvider.Sqlite ? "sqlite:" + Sqlite.Path : "neo4j:" + Neo4j.Uri;
}

/// <summary>Settings of the embedded SQLite store.</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>The database file, relative to the working directory unless rooted.</summary>
    public string Path { get; set; } = "coopgraph.db";
}

/// <summary>Settings of the Neo4j store; empty values fall back to <c>COOPGRAPH_NEO4J_URI</c>/<c>_USER</c>/<c>_PASSWORD</c>.</summary>
public sealed class Neo4jStorageOptions
{
    /// <summary>The server's HTTP address, e.g. <c>http://localhost:7474</c> (not the Bolt address).</summary>
    public string? Uri { get; set; }

    /// <summary>The database name.</summary>
    public string Database { get; set; } = "neo4j";

    /// <summary>The user for basic authentication.</summary>
    public string? User { get; set; }

    /// <summary>The password for basic authentication.</summary>
    public string? Password { get; set; }

    /// <summary>How long one HTTP request may take before it counts as a (retried) timeout.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Fills unset connection settings from <c>COOPGRAPH_NEO4J_URI</c>, <c>COOPGRAPH_NEO4J_USER</c> and <c>COOPGRAPH_NEO4J_PASSWORD</c>.</summary>
    public void ApplyEnvironmentFallback(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        Uri = string.IsNullOrWhiteSpace(Uri) ? read("COOPGRAPH_NEO4J_URI") : Uri;
        User = string.IsNullOrWhiteSpace(User) ? read("COOPGRAPH_NEO4J_USER") ?? "neo4j" : User;
        Password = string.IsNullOrWhiteSpace(Password) ? read("COOPGRAPH_NEO4J_PASSWORD") : Password;
    }

    /// <summary>The problems of these settings (empty when usable).</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Uri))
        {
            yield return "Storage:Neo4j:Uri is not set (nor COOPGRAPH_NEO4J_URI); give the HTTP address, e.g. http://localhost:7474";
        }
        else if (!System.Uri.TryCreate(Uri, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            yield return $"Storage:Neo4j:Uri '{Uri}' must be an http:// or https:// address (CoopGraph uses the Query API, not Bolt), e.g. http://localhost:7474";
        }

        if (string.IsNullOrWhiteSpace(Database))
        {
            yield return "Storage:Neo4j:Database is empty";
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            yield return "Storage:Neo4j:RequestTimeout must be positive";
        }
    }
}
