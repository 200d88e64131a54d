using CoopGraph.Server.Snapshots;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;

namespace CoopGraph.Server.Api.Http;

/// <summary>
/// The depth and complexity limits as a validation rule, with one error code for each. A value costs one unit; a list
/// costs its length as measured on the dataset (<see cref="ListSizes"/>); an analytic field costs, on top, what computing
/// it costs in the same units (a few tenths of a microsecond of work each: the page's network query at 200 offices and
/// 50,000 edges is estimated at about 360,000 and answers in about a tenth of a second), so that the limit bounds how many analyses one
/// request can start: a <c>whatIf</c> re-analyses the whole network, <c>paths</c> runs Yen's algorithm k times, and so on.
/// </summary>
internal static class ComplexityRule
{
    /// <summary>What each analytic field of <c>Query</c> costs beyond its answer's size.</summary>
    internal static readonly IReadOnlyDictionary<string, double> AnalyticCosts = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["centrality"] = 5_000,
        ["paths"] = 5_000, // per path asked (k)
        ["whatIf"] = 50_000,
        ["matchPlan"] = 20_000,
        ["network"] = 20_000,
        ["bilateral"] = 5_000,
        ["needsReport"] = 5_000,
        ["unmetNeeds"] = 5_000,
        ["isolatedOffices"] = 5_000,
        ["reciprocalPairs"] = 5_000,
        ["compare"] = 50_000, // two rounds' needs, isolation, PageRank, pairs and match plans
    };

    /// <summary>How deep graphql-js's standard introspection query (GraphiQL, Postman, codegen) nests: <c>TypeRef</c> follows <c>ofType</c> seven times.</summary>
    public const int IntrospectionDepth = 15;

    /// <summary>
    /// The rule for <paramref name="options"/>, with list lengths measured on the dataset being queried. An operation that
    /// only introspects may nest as deep as the standard introspection query; its complexity is checked as any other's.
    /// </summary>
    public static ComplexityValidationRule Create(GraphQLOptions options, ListSizes sizes, IntrospectionSizes introspection, bool introspectionOnly = false)
    {
        var maxDepth = introspectionOnly ? Math.Max(options.MaxDepth, IntrospectionDepth) : options.MaxDepth;
        var complexity = new ComplexityOptions
        {
            MaxDepth = maxDepth,
            MaxComplexity = options.MaxComplexity,
            DefaultListImpactMultiplier = options.ListImpactMultiplier,
            ValidateComplexityDelegate = context =>
            {
                if (context.ValidationContext.UserContext is Api.RequestContext request)
                {
                    request.Complexity = context.TotalImpact;
                }

                if (context.Error is not null)
                {
                    context.Error = context.MaxDepth > maxDepth
                        ? new ComplexityError($"the query is nested {context.MaxDepth} deep; at most {maxDepth} is allowed (GraphQL:MaxDepth)") { Code = ErrorCodes.MaxDepthExceeded }
                        : new ComplexityError($"the query's estimated complexity is {context.TotalImpact:0}; at most {options.MaxComplexity:0} is allowed (GraphQL:MaxComplexity): ask for fewer fields, smaller pages or fewer analytic questions at once") { Code = ErrorCodes.MaxComplexityExceeded };
                }

                return Task.CompletedTask;
            },
        };

        // GraphQL.NET's rule (page arguments, else ListImpactMultiplier) stays for what the dataset does not measure.
        var fallback = complexity.DefaultComplexityImpactDelegate;
        complexity.DefaultComplexityImpactDelegate = context =>
        {
            var result = fallback(context);
            if (context.ParentType.Name == "Query" && AnalyticCosts.TryGetValue(context.FieldDefinition.Name, out var cost))
            {
                var times = context.FieldDefinition.Name == "paths" ? Math.Max(1, context.GetArgument("k", 1)) : 1;
                result = new FieldComplexityResult(result.FieldImpact + (cost * times), result.ChildImpactMultiplier);
            }

            if (introspection.Of(context.ParentType.Name, context.FieldDefinition.Name) is { } average)
            {
                return new FieldComplexityResult(result.FieldImpact, average);
            }

            var paged = context.Arguments?.ContainsKey("first") == true || context.Arguments?.ContainsKey("last") == true;
            return !paged && sizes.Of(context.ParentType.Name, context.FieldDefinition.Name) is { } size
                ? new FieldComplexityResult(result.FieldImpact, size)
                : result;
        };
        return new ComplexityValidationRule(complexity);
    }
}
