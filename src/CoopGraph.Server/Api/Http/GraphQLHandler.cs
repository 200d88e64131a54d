using CoopGraph.Server.Hosting;
using CoopGraph.Server.Snapshots;
using CoopGraph.Storage;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CoopGraph.Server.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: <c>POST /graphql</c> with <c>application/json</c>, <c>GET /graphql</c> for queries
/// (and the console for browsers). Parse and validation errors get 400, a mutation over GET 405, an oversized body 413;
/// an executed operation gets 200 with its data and coded errors. Limits, validation and execution run under one deadline
/// (<c>GraphQL:Timeout</c>) and the client's cancellation. The steps live beside it: <see cref="GraphQLRequestReader"/>
/// reads the request, <see cref="KeptAnswers"/> says when kept bytes answer it, <see cref="GraphQLExecution"/> validates
/// and executes, <see cref="GraphQLResponseWriter"/> writes the answer.
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
    /// <summary>What callers are told when the store cannot be reached (the detail goes to the log only).</summary>
    internal const string StoreUnavailableMessage = "store unavailable; try again later";

    private readonly GraphQLOptions _limits = options.Value;
    private readonly DocumentLimits _documentLimits = new(options.Value);
    private readonly DocumentCache _cache = new(options.Value.DocumentCacheSize);
    private readonly GraphQLRequestReader _reader = new(serializer, options.Value);
    private readonly GraphQLExecution _execution = new(executer, schema, expensive, options.Value);
    private readonly GraphQLResponseWriter _writer = new(serializer, options.Value);

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
            await _writer.WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, ErrorCodes.Timeout,
                $"the request took longer than {_limits.Timeout} (GraphQL:Timeout) and was stopped").ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nothing to answer, and the work stopped with it.
        }
    }

    private async Task AnswerAsync(HttpContext http, bool isGet, CancellationToken cancellationToken)
    {
        var (request, failure) = await _reader.ReadAsync(http.Request, isGet, cancellationToken).ConfigureAwait(false);
        if (failure is { } refused)
        {
            await _writer.WriteErrorAsync(http, refused.Status, refused.Code, refused.Message).ConfigureAwait(false);
            return;
        }

        var actor = keys.Authenticate(http.Request);
        if (_limits.RequireKeyForQueries && actor is null)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await _writer.WriteErrorAsync(http, StatusCodes.Status401Unauthorized, ErrorCodes.Unauthorized,
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
            await _writer.WriteErrorAsync(http, StatusCodes.Status503ServiceUnavailable, ErrorCodes.StoreUnavailable, StoreUnavailableMessage).ConfigureAwait(false);
            return;
        }

        var query = request!.Query!;
        var cached = _cache.Get(query, request.OperationName);
        if (KeptAnswers.For(cached, request, snapshot.Version, keyed: actor is not null, isGet) is { } kept)
        {
            await GraphQLResponseWriter.WriteKeptAsync(http, kept, cancellationToken).ConfigureAwait(false);
            return;
        }

        var document = cached?.Document;
        if (document is null)
        {
            (document, var refusal) = _documentLimits.Parse(query);
            if (refusal is not null)
            {
                await _writer.WriteResultAsync(http, new ExecutionResult { Errors = [refusal], Executed = false }, cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        var context = new RequestContext(snapshot, actor, keys.Any)
        {
            Complexity = cached?.Complexity ?? 0,
            AnswersComputed = KeptAnswers.Computed(cached, snapshot),
        };
        var result = await _execution.ExecuteAsync(request, document!, cached, context, isGet, http, cancellationToken).ConfigureAwait(false);

        if (result.Executed && cached is null)
        {
            var hasVariables = document!.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Any(d => d.Variables?.Count > 0);
            cached = new DocumentCache.Entry(document, snapshot.ListSizes, context.Complexity, hasVariables, result.Operation?.Operation == GraphQLParser.AST.OperationType.Query);
            _cache.Add(query, request.OperationName, cached);
        }

        if (KeptAnswers.Completes(result, cached, context))
        {
            cached.CompletedOn = snapshot.Version;
            if (_limits.MaxKeptAnswerBytes > 0 && KeptAnswers.IsPlain(request))
            {
                await _writer.KeepAndWriteAsync(http, result, cached, snapshot.Version, actor is not null, cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        ErrorCap.Trim(result, _limits.MaxErrors);
        await _writer.WriteResultAsync(http, result, cancellationToken).ConfigureAwait(false);
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
