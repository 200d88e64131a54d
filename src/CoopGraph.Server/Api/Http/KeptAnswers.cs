using System.Diagnostics.CodeAnalysis;
using CoopGraph.Server.Snapshots;
using GraphQL;
using GraphQL.Transport;

namespace CoopGraph.Server.Api.Http;

/// <summary>
/// When a query's answer may be reused. Kept bytes (see <see cref="AnswerBuffer"/>) answer only a query without
/// variables or extensions, on the same dataset version, for a caller of the same key status, and over GET only when
/// the document is a query; mutations and answers that read anything but the snapshot (<c>MarkVolatile</c>) are never kept.
/// </summary>
internal static class KeptAnswers
{
    /// <summary>The bytes <paramref name="cached"/>'s document was answered with that may answer this request, or null.</summary>
    public static DocumentCache.KeptAnswer? For(DocumentCache.Entry? cached, GraphQLRequest request, string version, bool keyed, bool isGet) =>
        cached?.Answer is { } kept && kept.Version == version && kept.Keyed == keyed && IsPlain(request) && (!isGet || cached.IsQuery)
            ? kept
            : null;

    /// <summary>
    /// Whether the document already completed on this snapshot (its parameterised answers are then computed and kept,
    /// so it takes no expensive-operation permit).
    /// </summary>
    public static bool Computed(DocumentCache.Entry? cached, DatasetSnapshot snapshot) =>
        cached is { HasVariables: false } && cached.CompletedOn == snapshot.Version && snapshot.KeepsAnswers;

    /// <summary>Whether <paramref name="result"/> is a complete answer of a query without variables that reads only the snapshot.</summary>
    public static bool Completes(ExecutionResult result, [NotNullWhen(true)] DocumentCache.Entry? cached, RequestContext context) =>
        result.Executed && cached is { HasVariables: false, IsQuery: true } && result.Errors is not { Count: > 0 } && !context.IsVolatile;

    /// <summary>Whether the request carries no variables and no extensions (only such requests read or leave kept bytes).</summary>
    public static bool IsPlain(GraphQLRequest request) => request.Variables is null or { Count: 0 } && request.Extensions is null;
}
