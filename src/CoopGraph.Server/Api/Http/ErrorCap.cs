using GraphQL.Validation;
using GraphQLParser.AST;

namespace CoopGraph.Server.Api.Http;

/// <summary>
/// Wraps validation rules so that, once <c>GraphQL:MaxErrors</c> errors are reported, the rules stop visiting: a document
/// with thousands of conflicts costs the work of its first few. The answer keeps the first errors and ends with one
/// <c>TOO_MANY_ERRORS</c>.
/// </summary>
internal static class ErrorCap
{
    /// <summary><paramref name="rules"/>, each of which stops working once <paramref name="max"/> errors are reported.</summary>
    public static IValidationRule[] Wrap(IEnumerable<IValidationRule> rules, int max) => [.. rules.Select(r => new CappedRule(r, max))];

    /// <summary>The errors of a validation, cut to <paramref name="max"/> with a closing <c>TOO_MANY_ERRORS</c> when there were more.</summary>
    public static void Trim(GraphQL.ExecutionResult result, int max)
    {
        if (result.Errors is { } errors && errors.Count > max)
        {
            var kept = new GraphQL.ExecutionErrors();
            foreach (var error in errors.Take(max))
            {
                kept.Add(error);
            }

            kept.Add(ErrorCodes.Error(ErrorCodes.TooManyErrors, $"the query has more than {max} errors; the first {max} are listed (GraphQL:MaxErrors)"));
            result.Errors = kept;
        }
    }

    private sealed class CappedRule(IValidationRule rule, int max) : IValidationRule
    {
        public async ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
            await rule.GetPreNodeVisitorAsync(context).ConfigureAwait(false) is { } visitor ? new CappedVisitor(visitor, max) : null;

        public ValueTask<IVariableVisitor?> GetVariableVisitorAsync(ValidationContext context) => rule.GetVariableVisitorAsync(context);

        public async ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) =>
            await rule.GetPostNodeVisitorAsync(context).ConfigureAwait(false) is { } visitor ? new CappedVisitor(visitor, max) : null;
    }

    private sealed class CappedVisitor(INodeVisitor visitor, int max) : INodeVisitor
    {
        public ValueTask EnterAsync(ASTNode node, ValidationContext context) => Capped(context) ? default : visitor.EnterAsync(node, context);

        public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => Capped(context) ? default : visitor.LeaveAsync(node, context);

        private bool Capped(ValidationContext context) =>
            context.HasErrors && (context.Errors.TryGetNonEnumeratedCount(out var count) ? count : context.Errors.Take(max).Count()) >= max;
    }
}
