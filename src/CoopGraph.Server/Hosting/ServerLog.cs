namespace CoopGraph.Server.Hosting;

/// <summary>The service's log messages (source-generated, so a disabled level costs nothing).</summary>
internal static partial class ServerLog
{
    [LoggerMessage(1, LogLevel.Warning, "store unavailable: {Detail}")]
    public static partial void StoreUnavailable(this ILogger logger, Exception exception, string detail);

    [LoggerMessage(2, LogLevel.Warning, "not ready: {Store}: {Reason}")]
    public static partial void NotReady(this ILogger logger, string store, string? reason);

    [LoggerMessage(3, LogLevel.Warning, "warm-up query answered {Status}; the service starts anyway")]
    public static partial void WarmUpFailed(this ILogger logger, int status);
}
