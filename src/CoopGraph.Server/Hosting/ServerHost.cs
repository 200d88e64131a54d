using CoopGraph.Server.Api.Http;
using CoopGraph.Server.Exports;
using CoopGraph.Server.Snapshots;
using Microsoft.Extensions.Options;

namespace CoopGraph.Server.Hosting;

/// <summary>Builds the web application: services, endpoints and static files (the web front end's, in wwwroot).</summary>
public static class ServerHost
{
    /// <summary>The application for <paramref name="args"/> (host settings such as <c>--urls</c>).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Services.AddCoopGraphStorage(builder.Configuration, () => BundledData.Lima2022);
        builder.Services.AddCoopGraphServer(builder.Configuration);
        var app = builder.Build();
        app.UseSecurityHeaders();
        if (app.Services.GetRequiredService<IOptions<HostingOptions>>().Value.CorsOrigins.Length > 0)
        {
            app.UseCors();
        }

        app.UseRateLimiter();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        var handler = app.Services.GetRequiredService<GraphQLHandler>();
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], handler.HandleAsync);
        app.MapMethods("/graphql", [HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch], MethodNotAllowed);
        app.MapConsoleAssets();
        app.MapExports();
        app.MapGet("/health", () => Results.Text("ok\n"));
        app.MapGet("/ready", ReadyAsync);
        return app;
    }

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
