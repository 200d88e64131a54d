using System.Security.Cryptography;
using System.Text;
using CoopGraph.Server.Snapshots;
using CoopGraph.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CoopGraph.Server.Api.Http;

/// <summary>
/// <c>GET /dataset/version</c>: the stored dataset's version, for the workbench page to follow edits made anywhere (its
/// own console, another client of the API, another process writing the same SQLite file). The page polls it once a
/// second with <c>If-None-Match</c>; an unchanged version is a 304 with no body.
/// </summary>
/// <remarks>
/// Why a poll and not a push (Server-Sent Events): asking the store is how this process notices another process's writes
/// (see <see cref="SnapshotService.CurrentAsync"/>), so a push would need a server-side poll loop anyway; a poll keeps
/// every request short, so "no request outlives its timeout" needs no exemption, shutdown has no open stream to close,
/// and nothing is held per open tab. The cost is one small request per second per visible page (docs/workbench.md).
/// </remarks>
internal static class DatasetVersionEndpoint
{
    /// <summary>Maps the endpoint.</summary>
    public static void MapDatasetVersion(this IEndpointRouteBuilder endpoints) => endpoints.MapGet("/dataset/version", WriteAsync);

    private static async Task<IResult> WriteAsync(HttpContext http, SnapshotService snapshots, IOptions<GraphQLOptions> options, ApiKeys keys, CancellationToken cancellationToken)
    {
        if (options.Value.RequireKeyForQueries && keys.Authenticate(http.Request) is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Text("this service needs 'Authorization: Bearer <key>' with one of the configured API keys for every read\n", statusCode: StatusCodes.Status401Unauthorized);
        }

        if (http.Request.Query.Count > 0)
        {
            return Results.Text($"{http.Request.Query.Keys.First()}: unknown argument; /dataset/version takes none\n", statusCode: StatusCodes.Status400BadRequest);
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

        // The version is the entity; its digest is the tag (valid tag characters whatever the version's text).
        var etag = new EntityTagHeaderValue('"' + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(snapshot.Version)), 0, 16) + '"');
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.CacheControl = "no-cache";
        if (http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } ifNoneMatch && ifNoneMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: true)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Json(new { version = snapshot.Version });
    }
}
