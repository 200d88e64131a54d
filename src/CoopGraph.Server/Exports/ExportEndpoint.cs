using System.Security.Cryptography;
using System.Text;
using CoopGraph.Analytics.Views;
using CoopGraph.Server.Api.Http;
using CoopGraph.Server.Snapshots;
using CoopGraph.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CoopGraph.Server.Exports;

/// <summary>
/// <c>GET /export/{format}?view=support|bipartite|collaboration&amp;area=&amp;subject=&amp;round=</c>: the current network
/// (as it stood at <c>round</c>, default the latest) as a file, narrowed like GraphQL's <c>network(view, area, subject, round)</c>. Arguments are validated before anything is computed or
/// cached; the ETag is the content's digest, and <c>If-None-Match</c> gets 304.
/// </summary>
internal static class ExportEndpoint
{
    private static readonly string[] Arguments = ["view", "area", "subject", "round"];

    /// <summary>Maps the endpoint.</summary>
    public static void MapExports(this IEndpointRouteBuilder endpoints) => endpoints.MapGet("/export/{format}", WriteAsync);

    private static async Task<IResult> WriteAsync(HttpContext http, string format, SnapshotService snapshots, IOptions<GraphQLOptions> options, ApiKeys keys, CancellationToken cancellationToken)
    {
        if (options.Value.RequireKeyForQueries && keys.Authenticate(http.Request) is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Text("this service needs 'Authorization: Bearer <key>' with one of the configured API keys for every read\n", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (!ExportFormats.All.TryGetValue(format, out var writer))
        {
            return Results.Text($"format: unknown export format '{format}'; use one of {string.Join(", ", ExportFormats.All.Keys)}\n", statusCode: StatusCodes.Status404NotFound);
        }

        var query = http.Request.Query;
        if (query.Keys.FirstOrDefault(k => !Arguments.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            return BadRequest(unknown, $"unknown argument; use {string.Join(", ", Arguments)}");
        }

        if (Arguments.FirstOrDefault(a => query[a].Count > 1) is { } repeated)
        {
            return BadRequest(repeated, "given more than once");
        }

        ViewKind? view = null;
        if (query.TryGetValue("view", out var viewText))
        {
            view = ExportFormats.ParseView(viewText.ToString());
            if (view is null)
            {
                return BadRequest("view", $"unknown view '{viewText}'; use support, bipartite or collaboration");
            }
        }

        var scope = new ExportFormats.Scope(view, NonEmpty(query["area"]), NonEmpty(query["subject"]));
        DatasetSnapshot snapshot;
        try
        {
            snapshot = await snapshots.CurrentAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StoreUnavailableException ex)
        {
            return Results.Text(ex.Message + "\n", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (NonEmpty(query["round"]) is { } round)
        {
            if (!snapshot.Dataset.HasRound(round))
            {
                return BadRequest("round", $"no round '{round}' (rounds: {string.Join(", ", snapshot.Dataset.AllRounds.Select(r => r.Id))})");
            }

            // Cached in the round's own snapshot: per (version, round).
            snapshot = snapshot.AtRound(round, "round");
        }

        if (ExportFormats.Problem(writer, scope, snapshot.Names) is { } problem)
        {
            return BadRequest(problem.Argument, problem.Message);
        }

        // Only validated values reach the key: a view, and an area and subject of this dataset.
        var key = writer.IsView ? $"export|{format}|{scope.View ?? ViewKind.Support}|{scope.Area}|{scope.Subject}" : $"export|{format}";
        var file = snapshot.Answer(key, a => ExportFile.Of(writer.Write(a, scope)));
        var etag = new EntityTagHeaderValue(file.ETag);
        if (http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch && ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            http.Response.Headers.ETag = file.ETag;
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return new AttachmentResult(Results.Text(file.Text, writer.MediaType + "; charset=utf-8", Encoding.UTF8), ExportFormats.FileName(snapshot.Dataset, writer, scope), file.ETag);
    }

    private static string? NonEmpty(Microsoft.Extensions.Primitives.StringValues value) => string.IsNullOrEmpty(value) ? null : value.ToString();

    private static IResult BadRequest(string argument, string message) => Results.Text($"{argument}: {message}\n", statusCode: StatusCodes.Status400BadRequest);

    /// <summary>An export's text and its ETag (a digest of the text, so the tag changes exactly when the file does).</summary>
    private sealed record ExportFile(string Text, string ETag)
    {
        public static ExportFile Of(string text) =>
            new(text, "\"" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32] + "\"");
    }

    /// <summary>Adds the download name (RFC 6266: an ASCII <c>filename</c> and a UTF-8 <c>filename*</c>) and the ETag.</summary>
    private sealed class AttachmentResult(IResult inner, string fileName, string etag) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ContentDisposition = ContentDisposition.Inline(fileName);
            httpContext.Response.Headers.ETag = etag;
            return inner.ExecuteAsync(httpContext);
        }
    }
}
