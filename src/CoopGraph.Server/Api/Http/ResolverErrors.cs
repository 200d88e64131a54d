using CoopGraph.Server.Hosting;
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
            StoreUnavailableException e => Unavailable(context, e),
            StoreConflictException e => new ExecutionError(e.Message, e) { Code = ErrorCodes.StoreUnavailable },
            StoreValidationException e => new ExecutionError(e.Message, e) { Code = ErrorCodes.InvalidInput },
            ArgumentException e => new ExecutionError(e.UserMessage(), e) { Code = ErrorCodes.InvalidInput },
            _ => context.Exception,
        };
    }

    /// <summary>The store's detail (its path, the driver's message) goes to the log; the caller learns only that it is unavailable.</summary>
    private static ExecutionError Unavailable(UnhandledExceptionContext context, StoreUnavailableException e)
    {
        context.ExecutionOptions?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger(typeof(ResolverErrors)).StoreUnavailable(e, e.Message);
        return new ExecutionError(GraphQLHandler.StoreUnavailableMessage, e) { Code = ErrorCodes.StoreUnavailable };
    }
}
