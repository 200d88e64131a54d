namespace CoopGraph.Server.Api.Http;

/// <summary>The in-browser query console at <c>GET /graphql</c>: one self-contained page (no CDN, works offline).</summary>
internal static class ConsolePage
{
    private static readonly Lazy<byte[]> Html = new(() =>
    {
        using var stream = typeof(ConsolePage).Assembly.GetManifestResourceStream("console.html")
            ?? throw new InvalidOperationException("the console page is missing from the build");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>Writes the page.</summary>
    public static async Task WriteAsync(HttpContext http)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        await http.Response.Body.WriteAsync(Html.Value, http.RequestAborted).ConfigureAwait(false);
    }
}
