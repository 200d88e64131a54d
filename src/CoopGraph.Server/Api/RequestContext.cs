using CoopGraph.Server.Snapshots;
using GraphQL;

namespace CoopGraph.Server.Api;

/// <summary>
/// The GraphQL user context of one request: the snapshot it reads (fixed at the start, so the whole answer is one
/// version) and who is asking.
/// </summary>
/// <param name="snapshot">The snapshot current when the request started.</param>
/// <param name="actor">The API key's actor name, or null for an anonymous caller.</param>
/// <param name="keysConfigured">Whether any API key is configured (to say how to fix a refusal).</param>
public sealed class RequestContext(DatasetSnapshot snapshot, string? actor, bool keysConfigured) : Dictionary<string, object?>
{
    /// <summary>The snapshot this request reads.</summary>
    public DatasetSnapshot Snapshot { get; } = snapshot;

    /// <summary>The actor name of the caller's API key, or null.</summary>
    public string? Actor { get; } = actor;

    /// <summary>The operation's estimated complexity (set by validation, or from the document cache).</summary>
    internal double Complexity { get; set; }

    /// <summary>
    /// Whether the operation's analytics are already computed on this snapshot (the same document without variables
    /// completed on this version before), so running it is cheap whatever its estimate.
    /// </summary>
    internal bool AnswersComputed { get; set; }

    /// <summary>Whether a resolver said its answer is not kept on the snapshot (see <see cref="MarkVolatile"/>).</summary>
    internal bool IsVolatile { get; private set; }

    /// <summary>
    /// Says that the answer is not a function of the snapshot kept on it: it reads the clock or the store's history, or
    /// is computed afresh each time (a solver with a time limit). Then a repeat of the query is executed again (its
    /// bytes are not kept) and still counts as expensive. Every resolver that reads anything but the snapshot's kept
    /// answers calls it: the Query fields listed as volatile in QueryAnswerSources do so before they resolve.
    /// </summary>
    public void MarkVolatile() => IsVolatile = true;

    /// <summary>The permit an expensive operation holds while it runs (released by the handler).</summary>
    internal IDisposable? Lease { get; set; }

    /// <summary>The actor allowed to write, or an <c>UNAUTHORIZED</c> error that says how to get allowed.</summary>
    public string RequireWriter() => Actor ?? throw ErrorCodes.Error(ErrorCodes.Unauthorized, keysConfigured
        ? "this mutation needs 'Authorization: Bearer <key>' with one of the configured API keys"
        : "mutations are disabled because no API key is configured: set GraphQL:ApiKeys:<name> to a secret of at least 16 " +
          "characters (environment variable GraphQL__ApiKeys__<name>) and send it as 'Authorization: Bearer <secret>'");
}

/// <summary>Reads the <see cref="RequestContext"/> inside resolvers.</summary>
public static class RequestContextExtensions
{
    /// <summary>The request's context.</summary>
    public static RequestContext Request(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (RequestContext)context.UserContext;
    }

    /// <summary>
    /// The snapshot the field answers on: the request's, as it stood at the <c>round:</c> of the nearest enclosing
    /// field that has one (an analytic question), so nested fields answer on the same round as their question.
    /// </summary>
    public static DatasetSnapshot Snapshot(this IResolveFieldContext context)
    {
        var snapshot = context.Request().Snapshot;
        for (var c = context; c is not null; c = c.Parent)
        {
            if (c.Arguments is { } arguments && arguments.TryGetValue("round", out var round) && round.Value is string id)
            {
                return snapshot.AtRound(id, "round");
            }
        }

        return snapshot;
    }
}
