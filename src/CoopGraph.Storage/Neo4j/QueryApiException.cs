namespace CoopGraph.Storage.Neo4j;

/// <summary>Neo4j refused a statement (syntax, constraint, a missing database): not retried, since retrying cannot help.</summary>
/// <param name="code">Neo4j's status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>.</param>
/// <param name="message">Neo4j's message, prefixed with the server.</param>
public sealed class QueryApiException(string code, string message) : Exception($"{message} ({code})")
{
    /// <summary>Neo4j's status code.</summary>
    public string Code { get; } = code;
}

/// <summary>A failure worth retrying (a Neo4j transient error, a 5xx, a timeout, a refused connection).</summary>
internal sealed class TransientQueryApiException(string message, bool outcomeUnknown, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>True when the request may have been carried out (a timeout): a commit must then not be retried.</summary>
    public bool OutcomeUnknown { get; } = outcomeUnknown;
}

/// <summary>How often and how patiently transient failures are retried: doubling delays from <paramref name="FirstDelay"/>.</summary>
/// <param name="Attempts">Tries in all, the first included.</param>
/// <param name="FirstDelay">The wait before the second try.</param>
public sealed record RetryPolicy(int Attempts, TimeSpan FirstDelay)
{
    /// <summary>Five tries over about three seconds: a restarting server or a deadlock usually clears by then.</summary>
    public static RetryPolicy Default { get; } = new(5, TimeSpan.FromMilliseconds(200));

    /// <summary>The wait after failed try number <paramref name="attempt"/> (1-based): doubling, with up to 20% jitter so retrying writers spread out.</summary>
    public TimeSpan DelayAfter(int attempt) =>
        FirstDelay * Math.Pow(2, attempt - 1) * (1 + (0.2 * Random.Shared.NextDouble()));
}
