using System.Text.Json;

namespace CoopGraph.Storage.Neo4j;

/// <summary>An open explicit transaction of the Query API (<c>/query/v2/tx/{id}</c>); obtained from <see cref="QueryApiClient.InTransactionAsync{T}"/>.</summary>
public sealed class QueryApiTransaction
{
    private readonly QueryApiClient _client;
    private readonly string _url;
    private readonly string? _affinity;

    internal QueryApiTransaction(QueryApiClient client, string url, string id, DateTimeOffset? expires, string? affinity)
    {
        (_client, _url, Id, Expires, _affinity) = (client, url, id, expires, affinity);
    }

    /// <summary>The server's transaction id.</summary>
    public string Id { get; }

    /// <summary>When the server rolls the transaction back if idle, as the server said.</summary>
    public DateTimeOffset? Expires { get; }

    /// <summary>Runs a statement in this transaction.</summary>
    public async Task<QueryResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken cancellationToken = default)
    {
        var (body, _) = await _client.SendAsync(HttpMethod.Post, _url, QueryApiClient.Body(statement, parameters), _affinity, cancellationToken);
        return QueryResult.Parse(body);
    }

    internal Task CommitAsync(CancellationToken cancellationToken) =>
        _client.SendAsync(HttpMethod.Post, _url + "/commit", null, _affinity, cancellationToken);

    // The original failure matters more than a failed rollback; the server also drops the transaction when it expires.
    internal async Task RollbackQuietlyAsync()
    {
        try
        {
            await _client.SendAsync(HttpMethod.Delete, _url, null, _affinity, CancellationToken.None);
        }
        catch (Exception ex) when (ex is TransientQueryApiException or QueryApiException or StoreUnavailableException or JsonException)
        {
            // Nothing to add: the transaction cannot commit without us.
        }
    }
}
