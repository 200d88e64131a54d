namespace CoopGraph.Server.Hosting;

/// <summary>
/// The security headers of every answer: a content security policy that allows only the service's own scripts, styles and
/// connections (no inline script or style anywhere: the workbench carries Cytoscape's container rule in its own
/// stylesheet, so Cytoscape injects none; GraphiQL's fonts are data: URLs in its stylesheet), no framing, no MIME sniffing, no referrer.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The policy.</summary>
    public static readonly string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; " +
        "style-src 'self'; " +
        "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers to every response.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((http, next) =>
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        return next(http);
    });
}
