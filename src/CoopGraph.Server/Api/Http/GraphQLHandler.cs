using System.Net.Mime;
using System.Text;
using System.Text.Json;
using CoopGraph.Server.Hosting;
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
/// an executed operation gets 200 with its data and coded errors. Limits, validation and execution run under one deadline
/// (<c>GraphQL:Timeout</c>) and the client's cancellation.
/// </summary>
internal sealed class GraphQLHandler(
    IDocumentExecuter executer,
    ISchema schema,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLOptions> options,
    SnapshotService snapshots,
    ApiKeys keys,
    ExpensiveOperations expensive,
    ILogger<GraphQLHandler> logger)
{
    private const string ResponseType = "application/graphql-response+json";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly GraphQLOptions _limits = options.Value;
    private readonly DocumentLimits _documentLimits = new(options.Value);
    private readonly DocumentCache _cache = new(options.Value.DocumentCacheSize);
    private readonly Lazy<IntrospectionSizes> _introspectionSizes = new(() => new IntrospectionSizes(schema));
    private readonly IValidationRule[] _rules = ErrorCap.Wrap(
        options.Value.Introspection ? DocumentValidator.CoreRules : [.. DocumentValidator.CoreRules, IntrospectionOffRule.Instance],
        options.Value.MaxErrors);

    /// <summary>Answers one request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        var isGet = HttpMethods.IsGet(http.Request.Method);
        if (isGet && !http.Request.Query.ContainsKey("query") && WantsHtml(http.Request))
        {
            await ConsolePage.WriteAsync(http).ConfigureAwait(false);
            return;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(_limits.Timeout);
        try
        {
            await AnswerAsync(http, isGet, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested && !http.Response.HasStarted)
        {
            await WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, ErrorCodes.Timeout,
                $"the request took longer than {_limits.Timeout} (GraphQL:Timeout) and was stopped").ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nothing to answer, and the work stopped with it.
        }
    }

    private async Task AnswerAsync(HttpContext http, bool isGet, CancellationToken cancellationToken)
    {
        var (request, failure) = isGet ? ReadQueryString(http.Request) : await ReadBodyAsync(http.Request, cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            await WriteErrorAsync(http, failure.Value.Status, failure.Value.Code, failure.Value.Message).ConfigureAwait(false);
            return;
        }

        var actor = keys.Authenticate(http.Request);
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
            snapshot = await snapshots.CurrentAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StoreUnavailableException ex)
        {
            logger.StoreUnavailable(ex, ex.Message);
            await WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, ErrorCodes.StoreUnavailable, StoreUnavailableMessage).ConfigureAwait(false);
            return;
        }

        var query = request!.Query!;
        var cached = _cache.Get(query, request.OperationName);
        if (cached?.Answer is { } kept && kept.Version == snapshot.Version && kept.Keyed == actor is not null
            && request.Variables is null or { Count: 0 } && request.Extensions is null && (!isGet || cached.IsQuery))
        {
            // The same query on the same version: the bytes it was answered with (see AnswerBuffer).
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = ResponseContentType(http.Request);
            await http.Response.Body.WriteAsync(kept.Body, cancellationToken).ConfigureAwait(false);
            return;
        }

        var document = cached?.Document;
        if (document is null)
        {
            (document, var refusal) = _documentLimits.Parse(query);
            if (refusal is not null)
            {
                await WriteResultAsync(http, new ExecutionResult { Errors = [refusal], Executed = false }, cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        // A cached document passed every rule that does not depend on the request; the estimate is made again only
        // when the dataset's list sizes changed or variables can change it.
        var estimate = cached is null || cached.HasVariables || !ReferenceEquals(cached.Sizes, snapshot.ListSizes);
        var context = new RequestContext(snapshot, actor, keys.Any)
        {
            Complexity = cached?.Complexity ?? 0,
            AnswersComputed = cached is { HasVariables: false } && cached.CompletedOn == snapshot.Version && snapshot.KeepsAnswers,
        };
        IValidationRule[] rules = [.. cached is null ? _rules : [],
            .. estimate ? [ComplexityRule.Create(_limits, snapshot.ListSizes, _introspectionSizes.Value, IntrospectionOnly(document!, request.OperationName))] : Array.Empty<IValidationRule>(),
            .. isGet && cached is not { IsQuery: true } ? [QueryOnlyOverGetRule.Instance] : Array.Empty<IValidationRule>()];

        ExecutionResult result;
        try
        {
            result = await Execute(query, document!, request, context, rules, http, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            context.Lease?.Dispose();
        }

        if (result.Executed && cached is null)
        {
            var hasVariables = document!.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Any(d => d.Variables?.Count > 0);
            cached = new DocumentCache.Entry(document, snapshot.ListSizes, context.Complexity, hasVariables, result.Operation?.Operation == GraphQLParser.AST.OperationType.Query);
            _cache.Add(query, request.OperationName, cached);
        }

        if (result.Executed && cached is { HasVariables: false, IsQuery: true } && result.Errors is not { Count: > 0 } && !context.IsVolatile)
        {
            cached.CompletedOn = snapshot.Version;
            if (_limits.MaxKeptAnswerBytes > 0 && request.Variables is null or { Count: 0 } && request.Extensions is null)
            {
                await KeepAndWriteAsync(http, result, cached, snapshot.Version, actor is not null, cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        ErrorCap.Trim(result, _limits.MaxErrors);
        await WriteResultAsync(http, result, cancellationToken).ConfigureAwait(false);
    }

    // Writes the answer, keeping its bytes with the document when they fit GraphQL:MaxKeptAnswerBytes.
    private async Task KeepAndWriteAsync(HttpContext http, ExecutionResult result, DocumentCache.Entry cached, string version, bool keyed, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = ResponseContentType(http.Request);
        var buffer = new AnswerBuffer(http.Response.Body, _limits.MaxKeptAnswerBytes);
        await serializer.WriteAsync(buffer, result, cancellationToken).ConfigureAwait(false);
        if (buffer.Kept is { } body)
        {
            cached.Answer = new DocumentCache.KeptAnswer(version, keyed, body);
            await http.Response.Body.WriteAsync(body, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<ExecutionResult> Execute(string query, GraphQLParser.AST.GraphQLDocument document, GraphQLRequest request, RequestContext context,
        IValidationRule[] rules, HttpContext http, CancellationToken cancellationToken) => executer.ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = query;
            o.Document = document;
            o.OperationName = request.OperationName;
            o.Variables = request.Variables;
            o.Extensions = request.Extensions;
            o.UserContext = context;
            o.RequestServices = http.RequestServices;
            o.CancellationToken = cancellationToken;
            o.ValidationRules = rules;
            o.Listeners.Add(expensive);
        });

    /// <summary>Whether the operation to run selects only meta fields (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) at its root.</summary>
    private static bool IntrospectionOnly(GraphQLParser.AST.GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>();
        var operation = operationName is null ? operations.FirstOrDefault() : operations.FirstOrDefault(o => o.Name is { } n && n.StringValue == operationName);
        return operation is not null && operation.SelectionSet.Selections.All(s => s is GraphQLParser.AST.GraphQLField f && f.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
    }

    /// <summary>What callers are told when the store cannot be reached (the detail goes to the log only).</summary>
    internal const string StoreUnavailableMessage = "store unavailable; try again later";

    private async Task WriteResultAsync(HttpContext http, ExecutionResult result, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = StatusOf(result, http);
        http.Response.ContentType = ResponseContentType(http.Request);
        await serializer.WriteAsync(http.Response.Body, result, cancellationToken).ConfigureAwait(false);
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

    private async Task<(GraphQLRequest? Request, Failure? Failure)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
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
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _limits.MaxRequestBytes)
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

    private Failure TooLarge() => new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.RequestTooLarge,
        $"the request is larger than {_limits.MaxRequestBytes} bytes (GraphQL:MaxRequestBytes)");

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

    private Task WriteErrorAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = ResponseContentType(http.Request);
        var result = new ExecutionResult { Errors = [ErrorCodes.Error(code, message)], Executed = false };
        return serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private readonly record struct Failure(int Status, string Code, string Message);
}

/// <summary>GraphQL.NET's introspection refusal with this service's code, for <c>GraphQL:Introspection=false</c>.</summary>
internal sealed class IntrospectionOffRule : ValidationRuleBase
{
    /// <summary>The one instance.</summary>
    public static IntrospectionOffRule Instance { get; } = new();

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLParser.AST.GraphQLField>((field, ctx) =>
        {
            if (field.Name.Value.Length > 2 && (field.Name == "__schema" || field.Name == "__type"))
            {
                ctx.ReportError(new GraphQL.Validation.Errors.Custom.NoIntrospectionError(ctx.Document.Source, field)
                {
                    Code = ErrorCodes.IntrospectionDisabled,
                });
            }
        }));
}
