using System.Net.Mime;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoopGraph.Server.Snapshots;
using CoopGraph.Storage;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CoopGraph.Server.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: <c>POST /graphql</c> with <c>application/json</c>, <c>GET /graphql</c> for queries
/// (and the console for browsers). Parse and validation errors get 400, a mutation over GET 405, an oversized body 413;
/// an executed operation gets 200 with its data and coded errors.
/// </summary>
internal sealed class GraphQLHandler(
    IDocumentExecuter executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLOptions> options,
    SnapshotService snapshots)
{
    private const string ResponseType = "application/graphql-response+json";
    private readonly GraphQLOptions _limits = options.Value;

    /// <summary>Answers one request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (isGet && !http.Request.Query.ContainsKey("query") && WantsHtml(http.Request))
        {
            await ConsolePage.WriteAsync(http).ConfigureAwait(false);
            return;
        }

        var (request, failure) = isGet ? ReadQueryString(http.Request) : await ReadBodyAsync(http.Request).ConfigureAwait(false);
        if (failure is not null)
        {
            await WriteErrorAsync(http, failure.Value.Status, failure.Value.Code, failure.Value.Message).ConfigureAwait(false);
            return;
        }

        var actor = Authenticate(http.Request);
        if (_limits.RequireKeyForQueries && actor is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteErrorAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthorized,
                "this service needs 'Authorization: Bearer <key>' with one of the configured API keys for every request").ConfigureAwait(false);
            return;
        }

        DatasetSnapshot snapshot;
        try
        {
            snapshot = await snapshots.CurrentAsync(http.RequestAborted).ConfigureAwait(false);
        }
        catch (StoreUnavailableException ex)
        {
            await WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, ErrorCodes.StoreUnavailable, ex.Message).ConfigureAwait(false);
            return;
        }

        var result = await executer.ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = request!.Query;
            o.OperationName = request.OperationName;
            o.Variables = request.Variables;
            o.Extensions = request.Extensions;
            o.UserContext = new RequestContext(snapshot, actor, _limits.ApiKeys.Count > 0);
            o.RequestServices = http.RequestServices;
            o.CancellationToken = http.RequestAborted;
            o.Timeout = _limits.Timeout;
            o.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            o.ValidationRules = [.. DocumentValidator.CoreRules, ComplexityRule.Create(_limits, snapshot.ListSizes),
                .. isGet ? [QueryOnlyOverGetRule.Instance] : Array.Empty<IValidationRule>()];
        }).ConfigureAwait(false);

        http.Response.StatusCode = StatusOf(result, http);
        http.Response.ContentType = ResponseContentType(http.Request);
        await http.Response.WriteAsync(serializer.Serialize(result), http.RequestAborted).ConfigureAwait(false);
    }

    private static int StatusOf(ExecutionResult result, HttpContext http)
    {
        if (result.Errors?.Any(e => e is MutationOverGetError) == true)
        {
            http.Response.Headers.Allow = "POST";
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (result.Errors?.Any(e => e.Code == ErrorCodes.Timeout || e is TimeoutError) == true)
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        // Not executed: the document did not parse or validate (GraphQL over HTTP: 400 for application/graphql-response+json).
        return result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }

    private (GraphQLRequest? Request, Failure? Failure) ReadQueryString(HttpRequest request)
    {
        if ((request.QueryString.Value?.Length ?? 0) > _limits.MaxRequestBytes)
        {
            return (null, TooLarge());
        }

        var query = request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "GET /graphql needs a 'query' parameter (or send Accept: text/html for the console)"));
        }

        try
        {
            return (new GraphQLRequest
            {
                Query = query,
                OperationName = request.Query["operationName"].ToString() is { Length: > 0 } name ? name : null,
                Variables = request.Query["variables"].ToString() is { Length: > 0 } v ? serializer.Deserialize<Inputs>(v) : null,
                Extensions = request.Query["extensions"].ToString() is { Length: > 0 } e ? serializer.Deserialize<Inputs>(e) : null,
            }, null);
        }
        catch (JsonException ex)
        {
            return (null, new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "variables or extensions: not a JSON object: " + ex.Message));
        }
    }

    private async Task<(GraphQLRequest? Request, Failure? Failure)> ReadBodyAsync(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return (null, new(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "use POST (or GET for queries)"));
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, new(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest, $"POST /graphql needs Content-Type: application/json (got '{request.ContentType}')"));
        }

        if (request.ContentLength > _limits.MaxRequestBytes)
        {
            return (null, TooLarge());
        }

        // Read at most one byte past the limit, so a body without Content-Length cannot exhaust memory either.
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _limits.MaxRequestBytes)
            {
                return (null, TooLarge());
            }
        }

        GraphQLRequest? parsed;
        try
        {
            parsed = serializer.Deserialize<GraphQLRequest>(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
        catch (JsonException ex)
        {
            return (null, new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "the body is not a GraphQL request (a JSON object with 'query'): " + ex.Message));
        }

        return string.IsNullOrWhiteSpace(parsed?.Query)
            ? (null, new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "the body has no 'query'"))
            : (parsed, null);
    }

    private Failure TooLarge() => new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
        $"the request is larger than {_limits.MaxRequestBytes} bytes (GraphQL:MaxRequestBytes)");

    /// <summary>The actor whose key the Bearer header carries, compared in constant time; null when none matches.</summary>
    private string? Authenticate(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var presented = Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim());
        string? actor = null;
        foreach (var (name, key) in _limits.ApiKeys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(key)))
            {
                actor = name;
            }
        }

        return actor;
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static string ResponseContentType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        var legacy = accept.Count > 0
            && accept.Any(a => a.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase))
            && !accept.Any(a => a.MediaType.Equals(ResponseType, StringComparison.OrdinalIgnoreCase) || a.MediaType.Equals("*/*", StringComparison.Ordinal));
        return (legacy ? MediaTypeNames.Application.Json : ResponseType) + "; charset=utf-8";
    }

    private async Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = ResponseContentType(http.Request);
        var result = new ExecutionResult { Errors = [ErrorCodes.Error(code, message)], Executed = false };
        await http.Response.WriteAsync(serializer.Serialize(result), http.RequestAborted).ConfigureAwait(false);
    }

    private readonly record struct Failure(int Status, string Code, string Message);
}
