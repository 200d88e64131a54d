using CoopGraph.Storage;
using GraphQL;
using GraphQL.Execution;

namespace CoopGraph.Server.Api.Http;

/// <summary>Turns store and analytics failures met inside resolvers into coded GraphQL errors rather than opaque internal ones.</summary>
internal static class ResolverErrors
{
    /// <summary>Replaces the error of a known store exception.</summary>
    public static void Translate(UnhandledExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Exception = context.OriginalException switch
        {
            StoreUnavailableException e => new ExecutionError(e.Message, e) { Code = ErrorCodes.StoreUnavailable },
            StoreConflictException e => new ExecutionError(e.Message, e) { Code = ErrorCodes.StoreUnavailable },
            StoreValidationException e => new ExecutionError(e.Message, e) { Code = ErrorCodes.InvalidInput },
            ArgumentException e => new ExecutionError(e.UserMessage(), e) { Code = ErrorCodes.InvalidInput },
            _ => context.Exception,
        };
    }
}
