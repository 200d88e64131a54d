namespace CoopGraph.Server.Api.Http;

/// <summary>
/// The in-browser query console at <c>GET /graphql</c>: a page, its script and its style sheet, built into the binary (no
/// CDN, works offline) and served as separate files so that the content security policy needs no inline script or style.
/// </summary>
internal static class ConsolePage
{
    private static readonly Lazy<byte[]> Html = new(() => Read("console.html"));
    private static readonly Lazy<byte[]> Script = new(() => Read("console.js"));
    private static readonly Lazy<byte[]> Style = new(() => Read("console.css"));

    /// <summary>Writes the page.</summary>
    public static Task WriteAsync(HttpContext http) => WriteAsync(http, Html.Value, "text/html; charset=utf-8");

    /// <summary>Maps the console's script and style sheet.</summary>
    public static void MapConsoleAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/graphql/console.js", http => WriteAsync(http, Script.Value, "text/javascript; charset=utf-8"));
        endpoints.MapGet("/graphql/console.css", http => WriteAsync(http, Style.Value, "text/css; charset=utf-8"));
    }

    private static async Task WriteAsync(HttpContext http, byte[] content, string type)
    {
        http.Response.ContentType = type;
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.Body.WriteAsync(content, http.RequestAborted).ConfigureAwait(false);
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(ConsolePage).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the console's {name} is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
