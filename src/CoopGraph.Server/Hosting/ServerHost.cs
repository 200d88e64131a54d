using CoopGraph.Server.Api.Http;
using CoopGraph.Server.Exports;
using CoopGraph.Server.Snapshots;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace CoopGraph.Server.Hosting;

/// <summary>Builds the web application: services, endpoints and static files (the workbench page, see <see cref="WorkbenchPage"/>).</summary>
public static partial class ServerHost
{
    // Under every other source (appsettings.json, environment, command line), so any of them can change it; in code
    // because a published build has no appsettings.json: one line per request would be the default otherwise.
    private static readonly Dictionary<string, string?> Defaults = new(StringComparer.Ordinal)
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft"] = "Warning",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",

        // One line per entry (greppable; the startup line is one line). Without a formatter name the console logger
        // ignores FormatterOptions and falls back to its legacy two-line layout.
        ["Logging:Console:FormatterName"] = "simple",
        ["Logging:Console:FormatterOptions:SingleLine"] = "true",
    };

    /// <summary>The application for <paramref name="args"/> (host settings such as <c>--urls</c>).</summary>
    /// <param name="args">Host settings and <c>--Section:Key=value</c> configuration.</param>
    /// <param name="settings">Configuration that wins over every source (what <c>serve</c>'s own options say).</param>
    /// <exception cref="WorkbenchPageMissingException">The page is on but not found.</exception>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });
        if (settings is { Count: > 0 })
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddCoopGraphStorage(builder.Configuration, () => BundledData.Lima2022);
        builder.Services.AddCoopGraphServer(builder.Configuration);
        var app = builder.Build();
        app.UseSecurityHeaders();
        if (app.Services.GetRequiredService<IOptions<HostingOptions>>().Value.CorsOrigins.Length > 0)
        {
            app.UseCors();
        }

        if (app.Services.GetRequiredService<IOptions<HostingOptions>>().Value.RateLimit is { PermitsPerSecond: > 0 } or { KeyPermitsPerSecond: > 0 })
        {
            app.UseRateLimiter();
        }

        // After Build: a test host (WebApplicationFactory) applies its content root and settings there.
        var page = WorkbenchPage.Locate(app.Configuration, app.Environment);
        if (page is not null)
        {
            var files = new PhysicalFileProvider(page);
            (app.Environment.WebRootPath, app.Environment.WebRootFileProvider) = (page, files);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        else
        {
            // No page, no console: not even the default wwwroot under the content root (ConsolePage reads the web root).
            app.Environment.WebRootFileProvider = new NullFileProvider();
            app.MapGet("/", () => Results.Text("CoopGraph runs without its workbench page here (--no-page); GraphQL: /graphql, exports: /export/{format}\n"));
        }

        var handler = app.Services.GetRequiredService<GraphQLHandler>();
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], handler.HandleAsync);
        app.MapMethods("/graphql", [HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch], MethodNotAllowed);
        app.MapDatasetVersion();
        app.MapExports();
        app.MapGet("/health", () => Results.Text("ok\n"));
        app.MapGet("/ready", ReadyAsync);
        app.Lifetime.ApplicationStarted.Register(() => LogStarted(app, page));
        return app;
    }

    private static void LogStarted(WebApplication app, string? page)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CoopGraph");
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var store = app.Services.GetRequiredService<SnapshotService>().Store.Description;
        var url = app.Urls.FirstOrDefault()?.TrimEnd('/') ?? "";
        var urls = app.Urls.Count > 0 ? string.Join(", ", app.Urls) : "(in process)";
        var pageText = page is null ? "off (--no-page)" : $"{url}/ from {page}";
        var console = url + "/graphql";
        Serving(logger, store, urls, pageText, console);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "serving {Store} at {Urls}; page {Page}; GraphQL console {Console}")]
    private static partial void Serving(ILogger logger, string store, string urls, string page, string console);

    private static IResult MethodNotAllowed(HttpContext http)
    {
        http.Response.Headers.Allow = "GET, POST";
        return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
    }

    private static async Task<IResult> ReadyAsync(HttpContext http, SnapshotService snapshots, ApiKeys keys, ILogger<SnapshotService> logger, CancellationToken cancellationToken)
    {
        // Where the store is and why it fails is for the operator (the log) and keyed callers, not for the world.
        var keyed = keys.Authenticate(http.Request) is not null;
        var health = await snapshots.Store.CheckAsync(cancellationToken).ConfigureAwait(false);
        if (health.Ready)
        {
            return Results.Text(keyed ? $"ready: {snapshots.Store.Description}\n" : "ready\n");
        }

        logger.NotReady(snapshots.Store.Description, health.Reason);
        return Results.Text(keyed ? $"not ready: store unavailable: {snapshots.Store.Description}: {health.Reason}\n" : "not ready: store unavailable\n",
            statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
