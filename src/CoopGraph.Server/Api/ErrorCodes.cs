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

    /// <summary>The query text is longer than <c>GraphQL:MaxDocumentBytes</c>.</summary>
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    /// <summary>The query text has more tokens than <c>GraphQL:MaxTokens</c>.</summary>
    public const string TooManyTokens = "TOO_MANY_TOKENS";

    /// <summary>The query defines more fragments than <c>GraphQL:MaxFragments</c>.</summary>
    public const string TooManyFragments = "TOO_MANY_FRAGMENTS";

    /// <summary>Fragments spread into fragments deeper than <c>GraphQL:MaxFragmentDepth</c>.</summary>
    public const string FragmentsTooDeep = "FRAGMENTS_TOO_DEEP";

    /// <summary>The query selects more fields, once fragments are expanded, than <c>GraphQL:MaxFields</c>.</summary>
    public const string TooManyFields = "TOO_MANY_FIELDS";

    /// <summary>A field or fragment carries more directives than <c>GraphQL:MaxDirectivesPerLocation</c>.</summary>
    public const string TooManyDirectives = "TOO_MANY_DIRECTIVES";

    /// <summary>The query uses more aliases, once fragments are expanded, than <c>GraphQL:MaxAliases</c>.</summary>
    public const string TooManyAliases = "TOO_MANY_ALIASES";

    /// <summary>One response name is selected more often in one selection set than <c>GraphQL:MaxFieldRepeats</c>.</summary>
    public const string FieldRepeated = "FIELD_REPEATED";

    /// <summary>Validation found more errors than <c>GraphQL:MaxErrors</c>; the first are listed.</summary>
    public const string TooManyErrors = "TOO_MANY_ERRORS";

    /// <summary>Introspection is switched off (<c>GraphQL:Introspection</c> is false).</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>Too many requests from this key or address (<c>Hosting:RateLimit</c>), or too many expensive operations at once; retry after <c>Retry-After</c> seconds.</summary>
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>An error with <paramref name="code"/>, for a resolver to throw.</summary>
    public static ExecutionError Error(string code, string message) => new(message) { Code = code };
}
