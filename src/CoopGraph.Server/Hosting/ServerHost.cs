using CoopGraph.Server.Api.Http;
using CoopGraph.Server.Exports;
using CoopGraph.Server.Snapshots;

namespace CoopGraph.Server.Hosting;

/// <summary>Builds the web application: services, endpoints and static files (the web front end's, in wwwroot).</summary>
public static class ServerHost
{
    /// <summary>The application for <paramref name="args"/> (host settings such as <c>--urls</c>).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddCoopGraphStorage(builder.Configuration, () => BundledData.Lima2022);
        builder.Services.AddCoopGraphServer(builder.Configuration);
        var app = builder.Build();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        var handler = app.Services.GetRequiredService<GraphQLHandler>();
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], handler.HandleAsync);
        app.MapMethods("/graphql", [HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch], MethodNotAllowed);
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

    private static async Task<IResult> ReadyAsync(SnapshotService snapshots, CancellationToken cancellationToken)
    {
        var health = await snapshots.Store.CheckAsync(cancellationToken).ConfigureAwait(false);
        return health.Ready
            ? Results.Text($"ready: {snapshots.Store.Description}\n")
            : Results.Text($"not ready: {snapshots.Store.Description}: {health.Reason}\n", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
