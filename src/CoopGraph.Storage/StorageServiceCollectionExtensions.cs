using CoopGraph.Domain;
using CoopGraph.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the storage layer.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient the Neo4j store uses (configure it with <c>AddHttpClient(name)</c> for proxies or TLS).</summary>
    public const string Neo4jHttpClientName = "CoopGraph.Neo4j";

    /// <summary>
    /// Binds <see cref="StorageOptions"/> from section <c>Storage</c> (Neo4j connection settings fall back to
    /// <c>COOPGRAPH_NEO4J_*</c>), validates them at start-up, and registers the chosen <see cref="IGraphStore"/> as a singleton.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The configuration root (the section is read from it).</param>
    /// <param name="seed">The dataset a new, empty store starts with (the server passes the bundled Lima data).</param>
    public static IServiceCollection AddCoopGraphStorage(this IServiceCollection services, IConfiguration configuration, Func<Dataset>? seed = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .PostConfigure(o => o.Neo4j.ApplyEnvironmentFallback())
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddHttpClient(Neo4jHttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var http = options.Provider == StorageProvider.Neo4j
                ? sp.GetRequiredService<IHttpClientFactory>().CreateClient(Neo4jHttpClientName)
                : null;
            return GraphStoreFactory.Create(options, seed?.Invoke(), http, sp.GetService<TimeProvider>());
        });
        return services;
    }
}

/// <summary>Refuses storage options that cannot work, naming the setting.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options) => options.Provider switch
    {
        StorageProvider.Sqlite when string.IsNullOrWhiteSpace(options.Sqlite.Path) => ValidateOptionsResult.Fail("Storage:Sqlite:Path is empty"),
        StorageProvider.Sqlite => ValidateOptionsResult.Success,
        StorageProvider.Neo4j => options.Neo4j.Problems().ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success,
        _ => ValidateOptionsResult.Fail($"Storage:Provider '{options.Provider}' is not Sqlite or Neo4j"),
    };
}
