using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>
/// What each <c>Query</c> field's answer depends on, for the kept answers (GraphQLHandler keeps the bytes of a query
/// without variables for the dataset version it answered on). Every Query field is listed once: either it reads only the
/// request's snapshot (same version and arguments, same answer), or it is volatile, with the reason. A volatile field
/// marks its request (<see cref="RequestContext.MarkVolatile"/>) before it resolves, so its answers are never kept: the
/// list is the mechanism, not a comment. QueryAnswerSourcesTests fails for a Query field in neither list, so a new field
/// must say which it is.
/// </summary>
internal static class QueryAnswerSources
{
    /// <summary>Fields whose answer is a function of the snapshot (and round) and the arguments alone.</summary>
    public static readonly string[] SnapshotOnly =
    [
        "dataset", "offices", "office", "subjects", "subject", "areas", "networks",
        "centrality", "unmetNeeds", "needsReport", "isolatedOffices", "needVocabulary", "metrics", "officeStandings", "supportLink",
        "paths", "bilateral", "reciprocalPairs", "matchPlan", "whatIf", "network",
        "rounds", "compare", "cohorts", "roles", "initiatives",
    ];

    /// <summary>Fields that read something besides the snapshot, each with what it reads.</summary>
    public static readonly IReadOnlyDictionary<string, string> Volatile = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["followUp"] = "reads the clock (days since an initiative's last step)",
        ["changes"] = "reads the store's history, not the snapshot",
        ["worldCafe"] = "solved afresh each time, within a time limit",
        ["workshopPortfolio"] = "solved afresh each time, within a time limit",
    };

    /// <summary>Makes each volatile field of <paramref name="query"/> mark its request before resolving.</summary>
    public static void MarkVolatileFields(ObjectGraphType query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var name in Volatile.Keys)
        {
            var field = query.GetField(name) ?? throw new InvalidOperationException($"Query.{name} is listed as volatile but missing");
            field.Resolver = new Marking(field.Resolver ?? throw new InvalidOperationException($"Query.{name} has no resolver"));
        }
    }

    private sealed class Marking(IFieldResolver inner) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            context.Request().MarkVolatile();
            return inner.ResolveAsync(context);
        }
    }
}
