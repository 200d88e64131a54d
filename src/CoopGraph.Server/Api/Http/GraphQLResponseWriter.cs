using System.Net.Mime;
using GraphQL;
using GraphQL.Execution;

namespace CoopGraph.Server.Api.Http;

/// <summary>
/// Writes answers: the status a result maps to (GraphQL over HTTP: 400 for a document that did not parse or validate,
/// 405 for a mutation over GET, 429 when refused for load, 503 on timeout, 200 otherwise), the content type the client
/// accepts, and the serialised result, an error, or the bytes of a kept answer.
/// </summary>
internal sealed class GraphQLResponseWriter(IGraphQLTextSerializer serializer, GraphQLOptions limits)
{
    private const string ResponseType = "application/graphql-response+json";

    /// <summary>Writes <paramref name="result"/> with the status it maps to.</summary>
    public async Task WriteResultAsync(HttpContext http, ExecutionResult result, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = StatusOf(result, http);
        http.Response.ContentType = ResponseContentType(http.Request);
        await serializer.WriteAsync(http.Response.Body, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes one coded error with <paramref name="status"/> (nothing was executed).</summary>
    public Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = ResponseContentType(http.Request);
        var result = new ExecutionResult { Errors = [ErrorCodes.Error(code, message)], Executed = false };
        return serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>Writes the bytes a query was answered with before (see <see cref="AnswerBuffer"/>).</summary>
    public static async Task WriteKeptAsync(HttpContext http, DocumentCache.KeptAnswer kept, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = ResponseContentType(http.Request);
        await http.Response.Body.WriteAsync(kept.Body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a successful answer, keeping its bytes with the document when they fit GraphQL:MaxKeptAnswerBytes.</summary>
    public async Task KeepAndWriteAsync(HttpContext http, ExecutionResult result, DocumentCache.Entry cached, string version, bool keyed, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = ResponseContentType(http.Request);
        var buffer = new AnswerBuffer(http.Response.Body, limits.MaxKeptAnswerBytes);
        await serializer.WriteAsync(buffer, result, cancellationToken).ConfigureAwait(false);
        if (buffer.Kept is { } body)
        {
            cached.Answer = new DocumentCache.KeptAnswer(version, keyed, body);
            await http.Response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        }
    }

    private static int StatusOf(ExecutionResult result, HttpContext http)
    {
        if (result.Errors is not { Count: > 0 } errors)
        {
            return result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        }

        if (errors.Any(e => e is MutationOverGetError))
        {
            http.Response.Headers.Allow = "POST";
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (errors.Any(e => e.Code == ErrorCodes.RateLimited))
        {
            http.Response.Headers.RetryAfter = "1";
            return StatusCodes.Status429TooManyRequests;
        }

        if (errors.Any(e => e.Code == ErrorCodes.Timeout || e is TimeoutError))
        {
            return StatusCodes.Status503ServiceUnavailable;
        }

        // Not executed: the document did not parse or validate (GraphQL over HTTP: 400 for application/graphql-response+json).
        return result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
    }

    private static string ResponseContentType(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        var legacy = accept.Count > 0
            && accept.Any(a => a.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase))
            && !accept.Any(a => a.MediaType.Equals(ResponseType, StringComparison.OrdinalIgnoreCase) || a.MediaType.Equals("*/*", StringComparison.Ordinal));
        return (legacy ? MediaTypeNames.Application.Json : ResponseType) + "; charset=utf-8";
    }
}
