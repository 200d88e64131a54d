using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace CoopGraph.Storage.Neo4j;

/// <summary>
/// A small client of Neo4j's HTTP Query API v2 (Neo4j 5.25 or later): statements with parameters, implicit and explicit
/// transactions, basic authentication, retries of transient failures with backoff, and errors that name the server.
/// </summary>
public sealed class QueryApiClient
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http;
    private readonly Neo4jStorageOptions _options;
    private readonly AuthenticationHeaderValue? _auth;
    private readonly string _queryPath;

    /// <summary>A client for the server and database of <paramref name="options"/>.</summary>
    /// <param name="http">Sends the requests (its BaseAddress is not used).</param>
    /// <param name="options">Where and as whom; call <see cref="Neo4jStorageOptions.ApplyEnvironmentFallback"/> first if wanted.</param>
    /// <param name="retry">How transient failures are retried.</param>
    public QueryApiClient(HttpClient http, Neo4jStorageOptions options, RetryPolicy? retry = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        _http = http;
        _options = options;
        Retry = retry ?? RetryPolicy.Default;
        ServerUri = options.Uri!.TrimEnd('/');
        _queryPath = $"{ServerUri}/db/{Uri.EscapeDataString(options.Database)}/query/v2";
        if (options.Password is not null)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User ?? "neo4j"}:{options.Password}"));
            _auth = new AuthenticationHeaderValue("Basic", credentials);
        }
    }

    /// <summary>The server's HTTP address, for messages.</summary>
    public string ServerUri { get; }

    /// <summary>The retry policy in use.</summary>
    public RetryPolicy Retry { get; }

    /// <summary>Runs one statement in its own (implicit) transaction, retrying transient failures.</summary>
    /// <exception cref="StoreUnavailableException">The server cannot be reached, refuses the credentials, or keeps failing.</exception>
    /// <exception cref="QueryApiException">Neo4j refused the statement.</exception>
    public Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default) =>
        WithRetriesAsync(async ct => QueryResult.Parse((await SendAsync(HttpMethod.Post, _queryPath, Body(statement, parameters), null, ct)).Body), cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in an explicit transaction and commits it; rolls back when it throws. A transient
    /// failure before the commit rolls back and runs the whole unit again, so <paramref name="work"/> must read what it needs inside.
    /// </summary>
    /// <exception cref="StoreUnavailableException">The server cannot be reached, refuses the credentials, keeps failing, or fails during the commit.</exception>
    public Task<T> InTransactionAsync<T>(Func<QueryApiTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WithRetriesAsync(async ct =>
        {
            var transaction = await BeginAsync(ct);
            T result;
            try
            {
                result = await work(transaction);
            }
            catch
            {
                await transaction.RollbackQuietlyAsync();
                throw;
            }

            try
            {
                await transaction.CommitAsync(ct);
            }
            catch (TransientQueryApiException ex) when (ex.OutcomeUnknown)
            {
                throw new StoreUnavailableException($"Neo4j at {ServerUri} did not confirm the commit ({ex.Message}); the write may or may not have been applied: read the data again", ex);
            }

            return result;
        }, cancellationToken);
    }

    internal async Task<QueryApiTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var (body, affinity) = await SendAsync(HttpMethod.Post, _queryPath + "/tx", null, null, cancellationToken);
        var id = body.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
        if (string.IsNullOrEmpty(id))
        {
            throw new QueryApiException("CoopGraph.Protocol", $"Neo4j at {ServerUri} opened a transaction without an id (is it older than 5.25?)");
        }

        DateTimeOffset? expires = tx.TryGetProperty("expires", out var e) && DateTimeOffset.TryParse(e.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var at) ? at : null;
        return new QueryApiTransaction(this, $"{_queryPath}/tx/{Uri.EscapeDataString(id)}", id, expires, affinity);
    }

    internal static object Body(string statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        return new { statement, parameters = parameters ?? new Dictionary<string, object?>() };
    }

    /// <summary>Sends one request; maps Neo4j's errors to exceptions. Not retried here.</summary>
    internal async Task<(JsonElement Body, string? Affinity)> SendAsync(HttpMethod method, string url, object? body, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = _auth;
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", affinity);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        HttpResponseMessage response;
        string text;
        try
        {
            response = await _http.SendAsync(request, timeout.Token);
            text = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TransientQueryApiException($"no answer within {_options.RequestTimeout.TotalSeconds:0.#} s", outcomeUnknown: true, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new TransientQueryApiException("unreachable: " + ex.Message, outcomeUnknown: ex.HttpRequestError != HttpRequestError.ConnectionError, ex);
        }

        using (response)
        {
            return (Interpret(response.StatusCode, text), response.Headers.TryGetValues("neo4j-cluster-affinity", out var values) ? values.FirstOrDefault() : null);
        }
    }

    private JsonElement Interpret(HttpStatusCode status, string text)
    {
        JsonElement body = default;
        try
        {
            body = text.Length > 0 ? JsonDocument.Parse(text).RootElement : default;
        }
        catch (JsonException) when ((int)status >= 500)
        {
            // A proxy's HTML error page: the status says enough.
        }
        catch (JsonException ex)
        {
            throw new QueryApiException("CoopGraph.Protocol", $"Neo4j at {ServerUri} answered HTTP {(int)status} with a body that is not JSON: {ex.Message}");
        }

        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
            var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
            {
                throw new TransientQueryApiException($"{code}: {message}", outcomeUnknown: false);
            }

            if (code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
            {
                throw AuthenticationFailed($"{code}: {message}");
            }

            throw new QueryApiException(code, $"Neo4j at {ServerUri} refused the statement: {message}");
        }

        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw AuthenticationFailed($"HTTP {(int)status}");
        }

        if ((int)status >= 500)
        {
            throw new TransientQueryApiException($"HTTP {(int)status}", outcomeUnknown: false);
        }

        if ((int)status >= 400)
        {
            throw new QueryApiException($"HTTP.{(int)status}", $"Neo4j at {ServerUri} answered HTTP {(int)status} (is the database '{_options.Database}' there, and is it Neo4j 5.25 or later?)");
        }

        return body.ValueKind == JsonValueKind.Object ? body : JsonDocument.Parse("{}").RootElement;
    }

    private StoreUnavailableException AuthenticationFailed(string detail) => new(
        $"Neo4j at {ServerUri} refused the credentials of user '{_options.User ?? "neo4j"}' ({detail}); set Storage:Neo4j:User/Password or COOPGRAPH_NEO4J_USER/COOPGRAPH_NEO4J_PASSWORD");

    private async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt(cancellationToken);
            }
            catch (TransientQueryApiException) when (tries < Retry.Attempts)
            {
                await Task.Delay(Retry.DelayAfter(tries), cancellationToken);
            }
            catch (TransientQueryApiException ex)
            {
                throw new StoreUnavailableException($"Neo4j at {ServerUri} failed {tries} times, last: {ex.Message}", ex);
            }
        }
    }
}
