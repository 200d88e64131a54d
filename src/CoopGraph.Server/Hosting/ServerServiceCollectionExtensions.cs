using CoopGraph.Domain.Formats;
using CoopGraph.Server.Api.Http;
using CoopGraph.Server.Api.Types;
using CoopGraph.Server.Snapshots;
using GraphQL;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoopGraph.Server.Hosting;

/// <summary>Registration of the service layer: options, the snapshot service, the GraphQL schema and endpoint.</summary>
public static class ServerServiceCollectionExtensions
{
    /// <summary>Adds the GraphQL service (the store must be registered separately).</summary>
    public static IServiceCollection AddCoopGraphServer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GraphQLOptions>().Bind(configuration.GetSection(GraphQLOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphQLOptions>, GraphQLOptionsValidator>();
        services.AddOptions<HostingOptions>().Bind(configuration.GetSection(HostingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HostingOptions>, HostingOptionsValidator>();
        services.AddSingleton(sp => new SnapshotService(sp.GetRequiredService<CoopGraph.Storage.IGraphStore>(),
            sp.GetRequiredService<IOptions<HostingOptions>>().Value.StoreCheckInterval, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ApiKeys>();
        services.AddSingleton<ExpensiveOperations>();
        services.AddSingleton<GraphQLHandler>();
        services.AddHostedService<WarmUp>();

        var hosting = configuration.GetSection(HostingOptions.Section).Get<HostingOptions>() ?? new HostingOptions();
        services.AddCoopGraphRateLimits(hosting);
        services.AddCors(o => o.AddDefaultPolicy(policy => policy
            .WithOrigins(hosting.CorsOrigins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders("Content-Type", "Authorization", "Accept")));

        services.AddGraphQL(builder => builder
            .AddSchema<CoopGraphSchema>()
            .AddSystemTextJson(o => o.Encoder = ReadableJson.Encoder)
            .AddGraphTypes(typeof(CoopGraphSchema).Assembly)
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddUnhandledExceptionHandler(ResolverErrors.Translate));
        return services;
    }
}
