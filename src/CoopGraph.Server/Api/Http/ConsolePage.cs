namespace CoopGraph.Server.Api.Http;

/// <summary>
/// The GraphQL console (GraphiQL) for browsers at <c>GET /graphql</c>: the workbench's <c>console.html</c>, built from
/// web/ with the page (one console: the same bundle runs in the page's Console tab), so it works offline with no CDN
/// and under the content security policy (no inline script or style). Without the page (<c>--no-page</c>) there is
/// no console, and the answer says so.
/// </summary>
internal static class ConsolePage
{
    /// <summary>The console's file in the web root.</summary>
    public const string FileName = "console.html";

    /// <summary>Writes the page, or a 404 naming why there is none.</summary>
    public static async Task WriteAsync(HttpContext http)
    {
        var environment = http.RequestServices.GetRequiredService<IWebHostEnvironment>();
        var file = environment.WebRootFileProvider.GetFileInfo(FileName);
        if (!file.Exists || file.PhysicalPath is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(
                "no GraphQL console here: it is part of the workbench page, which is off (--no-page) or not built; POST queries to /graphql\n",
                http.RequestAborted).ConfigureAwait(false);
            return;
        }

        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.SendFileAsync(file.PhysicalPath, http.RequestAborted).ConfigureAwait(false);
    }
}
