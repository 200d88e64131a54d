using CoopGraph.Server.Snapshots;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace CoopGraph.Server.Api.Http;

/// <summary>A mutation sent with GET: refused (GET must be safe), answered with 405.</summary>
public sealed class MutationOverGetError(ValidationContext context)
    : ValidationError(context.Document.Source, null, $"a {context.Operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST", context.Operation);

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

/// <summary>The depth and complexity limits as a validation rule, with one error code for each.</summary>
internal static class ComplexityRule
{
    /// <summary>The rule for <paramref name="options"/>, with list lengths measured on the dataset being queried.</summary>
    public static ComplexityValidationRule Create(GraphQLOptions options, ListSizes sizes)
    {
        var complexity = new ComplexityOptions
        {
            MaxDepth = options.MaxDepth,
            MaxComplexity = options.MaxComplexity,
            DefaultListImpactMultiplier = options.ListImpactMultiplier,
            ValidateComplexityDelegate = context =>
            {
                if (context.Error is not null)
                {
                    context.Error = context.MaxDepth > options.MaxDepth
                        ? new ComplexityError($"the query is nested {context.MaxDepth} deep; at most {options.MaxDepth} is allowed (GraphQL:MaxDepth)") { Code = ErrorCodes.MaxDepthExceeded }
                        : new ComplexityError($"the query's estimated complexity is {context.TotalImpact:0}; at most {options.MaxComplexity:0} is allowed (GraphQL:MaxComplexity): ask for fewer fields or smaller pages") { Code = ErrorCodes.MaxComplexityExceeded };
                }

                return Task.CompletedTask;
            },
        };

        // GraphQL.NET's rule (page arguments, else ListImpactMultiplier) stays for what the dataset does not measure.
        var fallback = complexity.DefaultComplexityImpactDelegate;
        complexity.DefaultComplexityImpactDelegate = context =>
        {
            var result = fallback(context);
            var paged = context.Arguments?.ContainsKey("first") == true || context.Arguments?.ContainsKey("last") == true;
            return !paged && sizes.Of(context.ParentType.Name, context.FieldDefinition.Name) is { } size
                ? new FieldComplexityResult(result.FieldImpact, size)
                : result;
        };
        return new ComplexityValidationRule(complexity);
    }
}
