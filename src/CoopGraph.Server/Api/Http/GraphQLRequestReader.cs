using System.Net.Mime;
using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace CoopGraph.Server.Api.Http;

/// <summary>
/// Reads the GraphQL request out of HTTP: a GET's query string, or a POST's JSON body (media type, size, UTF-8, shape).
/// Anything else is a <see cref="RequestFailure"/> saying what was wrong.
/// </summary>
internal sealed class GraphQLRequestReader(IGraphQLTextSerializer serializer, GraphQLOptions limits)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The request, or why there is none.</summary>
    public async ValueTask<(GraphQLRequest? Request, RequestFailure? Failure)> ReadAsync(HttpRequest request, bool isGet, CancellationToken cancellationToken) =>
        isGet ? ReadQueryString(request) : await ReadBodyAsync(request, cancellationToken).ConfigureAwait(false);

    private (GraphQLRequest? Request, RequestFailure? Failure) ReadQueryString(HttpRequest request)
    {
        if ((request.QueryString.Value?.Length ?? 0) > limits.MaxRequestBytes)
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

    private async Task<(GraphQLRequest? Request, RequestFailure? Failure)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return (null, new(StatusCodes.Status405MethodNotAllowed, ErrorCodes.MethodNotAllowed, "use POST (or GET for queries)"));
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals(MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase))
        {
            return (null, new(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.BadRequest, $"POST /graphql needs Content-Type: application/json (got '{request.ContentType}')"));
        }

        if (request.ContentLength > limits.MaxRequestBytes)
        {
            return (null, TooLarge());
        }

        // Read at most one byte past the limit, so a body without Content-Length cannot exhaust memory either.
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxRequestBytes)
            {
                return (null, TooLarge());
            }
        }

        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, $"the body is not valid UTF-8 (byte {ex.Index} of the text)"));
        }

        GraphQLRequest? parsed;
        try
        {
            parsed = serializer.Deserialize<GraphQLRequest>(text);
        }
        catch (JsonException ex)
        {
            return (null, new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "the body is not a GraphQL request (a JSON object with 'query'): " + ex.Message));
        }

        return string.IsNullOrWhiteSpace(parsed?.Query)
            ? (null, new(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "the body has no 'query'"))
            : (parsed, null);
    }

    private RequestFailure TooLarge() => new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
        $"the request is larger than {limits.MaxRequestBytes} bytes (GraphQL:MaxRequestBytes)");
}
