using GraphQL;

namespace CoopGraph.Server.Api;

/// <summary>The <c>extensions.code</c> values this service sets itself (GraphQL.NET adds the parse and validation ones).</summary>
public static class ErrorCodes
{
    /// <summary>A named office, subject or area does not exist.</summary>
    public const string NotFound = "NOT_FOUND";

    /// <summary>An argument or a change is invalid; nothing changed.</summary>
    public const string InvalidInput = "INVALID_INPUT";

    /// <summary>A mutation (or, when configured, a query) came without a valid API key.</summary>
    public const string Unauthorized = "UNAUTHORIZED";

    /// <summary>A mutation's <c>expectedVersion</c> is not the stored version; nothing changed (extensions: <c>currentVersion</c>).</summary>
    public const string VersionConflict = "VERSION_CONFLICT";

    /// <summary>The store could not be reached or refused the request.</summary>
    public const string StoreUnavailable = "STORE_UNAVAILABLE";

    /// <summary>The request body is not a GraphQL request (not JSON, no query, wrong media type).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The request body or query string is larger than <c>GraphQL:MaxRequestBytes</c>.</summary>
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";

    /// <summary>A mutation was sent with GET.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";

    /// <summary>The selection is nested deeper than <c>GraphQL:MaxDepth</c>.</summary>
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    /// <summary>The operation's estimated cost is above <c>GraphQL:MaxComplexity</c>.</summary>
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";

    /// <summary>The operation ran longer than <c>GraphQL:Timeout</c>.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>An error with <paramref name="code"/>, for a resolver to throw.</summary>
    public static ExecutionError Error(string code, string message) => new(message) { Code = code };
}
