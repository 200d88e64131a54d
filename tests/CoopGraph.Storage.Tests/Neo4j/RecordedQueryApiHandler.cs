using System.Net;
using System.Text;
using System.Text.Json;

namespace CoopGraph.Storage.Tests.Neo4j;

/// <summary>
/// An in-process HTTP handler that replays the response shapes the Neo4j Query API documentation shows (plain JSON
/// <c>data.fields</c>/<c>data.values</c>/<c>bookmarks</c>, <c>transaction.id</c>/<c>expires</c>, <c>errors[].code</c>/<c>message</c>)
/// in the order a test scripts them, and records every request. It is not a server: it runs no Cypher.
/// </summary>
internal sealed class RecordedQueryApiHandler : HttpMessageHandler
{
    private readonly Queue<Func<RecordedRequest, Task<HttpResponseMessage>>> _responses = new();
    private readonly Func<RecordedRequest, HttpResponseMessage>? _fallback;

    public RecordedQueryApiHandler(Func<RecordedRequest, HttpResponseMessage>? fallback = null) => _fallback = fallback;

    public List<RecordedRequest> Requests { get; } = [];

    public RecordedQueryApiHandler Then(HttpResponseMessage response) => Then(_ => Task.FromResult(response));

    public RecordedQueryApiHandler Then(Func<RecordedRequest, Task<HttpResponseMessage>> respond)
    {
        _responses.Enqueue(respond);
        return this;
    }

    public RecordedQueryApiHandler ThenThrow(Exception exception) => Then(_ => Task.FromException<HttpResponseMessage>(exception));

    /// <summary>202 with a result, as the "Query the database" page shows.</summary>
    public static HttpResponseMessage Result(string[] fields, object?[][] values, string bookmark = "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q") =>
        Json(HttpStatusCode.Accepted, new { data = new { fields, values }, bookmarks = new[] { bookmark } });

    /// <summary>202 answering "open a transaction": empty data plus the transaction's id and expiry, and the affinity header.</summary>
    public static HttpResponseMessage TransactionOpened(string id, string affinity = "MjpmMTk2ZmM5YS0wNTkxLTRiMTAtOGE5Ny1jOWM2YzY1ZmQ1NTM=")
    {
        var response = Json(HttpStatusCode.Accepted, new
        {
            data = new { fields = Array.Empty<string>(), values = Array.Empty<object>() },
            transaction = new { id, expires = "2024-10-22T13:07:31Z" },
        });
        response.Headers.Add("neo4j-cluster-affinity", affinity);
        return response;
    }

    /// <summary>An error body: <c>{"errors": [{"code", "message"}]}</c>.</summary>
    public static HttpResponseMessage Error(HttpStatusCode status, string code, string message) =>
        Json(status, new { errors = new[] { new { code, message } } });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!.AbsolutePath, request.Headers.Authorization?.ToString(),
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var a) ? a.Single() : null,
            body is null ? null : JsonDocument.Parse(body).RootElement.Clone());
        Requests.Add(recorded);
        if (_responses.TryDequeue(out var respond))
        {
            return await respond(recorded).WaitAsync(cancellationToken);
        }

        return _fallback?.Invoke(recorded) ?? throw new InvalidOperationException($"no response scripted for request {Requests.Count}: {request.Method} {recorded.Path}");
    }

    private static HttpResponseMessage Json(HttpStatusCode status, object body) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
}

/// <summary>What the client sent.</summary>
internal sealed record RecordedRequest(HttpMethod Method, string Path, string? Authorization, string? Affinity, JsonElement? Body)
{
    public string? Statement => Body is { } b && b.TryGetProperty("statement", out var s) ? s.GetString() : null;

    public JsonElement Parameters => Body!.Value.GetProperty("parameters");
}
