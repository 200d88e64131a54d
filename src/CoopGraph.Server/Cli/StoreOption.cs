using System.CommandLine;
using CoopGraph.Domain;
using CoopGraph.Storage;

namespace CoopGraph.Server.Cli;

/// <summary>The <c>--store sqlite:PATH | neo4j:URI</c> option, and opening the store it names; shared by every verb that works on a store.</summary>
internal static class StoreOption
{
    /// <summary>A new <c>--store</c> option, checked at parse time.</summary>
    public static Option<string> Create(bool required = true)
    {
        var option = new Option<string>("--store")
        {
            Description = "The store: sqlite:PATH (embedded file) or neo4j:URI (HTTP address, e.g. neo4j:http://localhost:7474; " +
                "credentials in the URI or COOPGRAPH_NEO4J_USER/COOPGRAPH_NEO4J_PASSWORD)",
            Required = required,
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is { } address && StoreAddress.Parse(address).Error is { } error)
            {
                result.AddError(error);
            }
        });
        return option;
    }

    /// <summary>Opens the store <paramref name="address"/> names.</summary>
    /// <param name="address"><c>sqlite:PATH</c> or <c>neo4j:URI</c>.</param>
    /// <param name="seed">Written when the store holds no dataset yet; null leaves a new store empty.</param>
    /// <exception cref="StoreUnavailableException">The address names nothing usable (the message says why).</exception>
    public static IGraphStore Open(string address, Dataset? seed = null)
    {
        var (options, error) = StoreAddress.Parse(address);
        return options is null ? throw new StoreUnavailableException(error!) : GraphStoreFactory.Create(options, seed);
    }

    /// <summary>The configuration settings (<c>Storage:...</c>) that select the store <paramref name="options"/> describe.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Settings(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string section = StorageOptions.SectionName;
        yield return new($"{section}:Provider", options.Provider.ToString());
        if (options.Provider == StorageProvider.Sqlite)
        {
            yield return new($"{section}:Sqlite:Path", options.Sqlite.Path);
            yield break;
        }

        yield return new($"{section}:Neo4j:Uri", options.Neo4j.Uri);
        yield return new($"{section}:Neo4j:Database", options.Neo4j.Database);
        yield return new($"{section}:Neo4j:User", options.Neo4j.User);
        yield return new($"{section}:Neo4j:Password", options.Neo4j.Password);
    }
}
