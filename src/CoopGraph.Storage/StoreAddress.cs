namespace CoopGraph.Storage;

/// <summary>The <c>sqlite:PATH</c> / <c>neo4j:URI</c> notation the command line uses to name a store.</summary>
public static class StoreAddress
{
    /// <summary>The options <paramref name="address"/> names, or the reason it names nothing usable.</summary>
    /// <param name="address"><c>sqlite:PATH</c>, or <c>neo4j:URI</c> with the HTTP address (credentials may be in the URI or in <c>COOPGRAPH_NEO4J_USER</c>/<c>_PASSWORD</c>; a path segment names the database).</param>
    /// <param name="readEnvironment">Reads an environment variable (tests pass their own).</param>
    public static (StorageOptions? Options, string? Error) Parse(string address, Func<string, string?>? readEnvironment = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        var colon = address.IndexOf(':', StringComparison.Ordinal);
        var scheme = colon > 0 ? address[..colon] : "";
        var rest = colon > 0 ? address[(colon + 1)..] : "";
        switch (scheme)
        {
            case "sqlite" when rest.Length > 0:
                return (new StorageOptions { Provider = StorageProvider.Sqlite, Sqlite = new() { Path = rest } }, null);
            case "sqlite":
                return (null, $"store '{address}': give the database file, e.g. sqlite:coopgraph.db");
            case "neo4j":
                return ParseNeo4j(address, rest, readEnvironment);
            default:
                return (null, $"store '{address}' is neither sqlite:PATH nor neo4j:URI (e.g. sqlite:coopgraph.db or neo4j:http://localhost:7474)");
        }
    }

    private static (StorageOptions?, string?) ParseNeo4j(string address, string rest, Func<string, string?>? readEnvironment)
    {
        var neo4j = new Neo4jStorageOptions { Uri = rest };
        Uri.TryCreate(rest, UriKind.Absolute, out var uri);
        if (uri is not null && (uri.Scheme == "http" || uri.Scheme == "https"))
        {
            if (uri.UserInfo.Length > 0)
            {
                var parts = uri.UserInfo.Split(':', 2);
                neo4j.User = Uri.UnescapeDataString(parts[0]);
                neo4j.Password = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : null;
            }

            var database = uri.AbsolutePath.Trim('/');
            neo4j.Database = database.Length > 0 ? Uri.UnescapeDataString(database) : "neo4j";
            neo4j.Uri = uri.GetLeftPart(UriPartial.Authority).Replace(uri.UserInfo + "@", "", StringComparison.Ordinal);
        }

        neo4j.ApplyEnvironmentFallback(readEnvironment);
        var problems = neo4j.Problems().ToList();
        var shown = uri is { UserInfo.Length: > 0 } ? address.Replace(uri.UserInfo + "@", "***@", StringComparison.Ordinal) : address;
        return problems.Count > 0
            ? (null, $"store '{shown}': {string.Join("; ", problems)}")
            : (new StorageOptions { Provider = StorageProvider.Neo4j, Neo4j = neo4j }, null);
    }
}
