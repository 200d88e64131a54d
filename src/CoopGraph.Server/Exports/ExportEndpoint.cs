using CoopGraph.Server.Snapshots;
using CoopGraph.Storage;

namespace CoopGraph.Server.Exports;

/// <summary><c>GET /export/{format}?view=support|bipartite|collaboration</c>: the current network as a file.</summary>
internal static class ExportEndpoint
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapExports(this IEndpointRouteBuilder endpoints) => endpoints.MapGet("/export/{format}", WriteAsync);

    private static async Task<IResult> WriteAsync(string format, string? view, SnapshotService snapshots, CancellationToken cancellationToken)
    {
        if (!ExportFormats.All.TryGetValue(format, out var writer))
        {
            return Results.Text($"format: unknown export format '{format}'; use one of {string.Join(", ", ExportFormats.All.Keys)}\n", statusCode: StatusCodes.Status404NotFound);
        }

        var kind = ViewKind.Support;
        if (view is not null && !Enum.TryParse(view, ignoreCase: true, out kind))
        {
            return Results.Text($"view: unknown view '{view}'; use support, bipartite or collaboration\n", statusCode: StatusCodes.Status400BadRequest);
        }

        DatasetSnapshot snapshot;
        try
        {
            snapshot = await snapshots.CurrentAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StoreUnavailableException ex)
        {
            return Results.Text(ex.Message + "\n", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var text = snapshot.Answer($"export|{format}|{kind}", a => writer.Write(a, kind));
        var name = $"{snapshot.Dataset.Name}-{kind.ToString().ToLowerInvariant()}{writer.Extension}";
        return new AttachmentResult(Results.Text(text, writer.MediaType + "; charset=utf-8", System.Text.Encoding.UTF8), name, snapshot.Version);
    }

    /// <summary>Adds a download name and the dataset version as ETag to a text result.</summary>
    private sealed class AttachmentResult(IResult inner, string fileName, string version) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
            httpContext.Response.Headers.ETag = $"\"{version}\"";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
