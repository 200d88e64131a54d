using GraphQL.Validation;
using GraphQLParser.AST;

namespace CoopGraph.Server.Api.Http;

/// <summary>Reports a <see cref="MutationOverGetError"/> for an operation other than a query.</summary>
internal sealed class QueryOnlyOverGetRule : ValidationRuleBase
{
    /// <summary>The one instance (the rule has no state).</summary>
    public static QueryOnlyOverGetRule Instance { get; } = new();

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new MutationOverGetError(context) { Code = ErrorCodes.MethodNotAllowed });
        }

        return default;
    }
}
