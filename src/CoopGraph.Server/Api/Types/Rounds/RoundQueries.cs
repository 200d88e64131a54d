using CoopGraph.Analytics.Rounds;
using GraphQL;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Rounds;

/// <summary>The round fields of <c>Query</c>: <c>rounds</c>, <c>compare</c>, and the <c>round:</c> argument of every analytic question.</summary>
internal static class RoundQueries
{
    /// <summary>The analytic questions that take <c>round:</c>.</summary>
    public static readonly string[] AnalyticFields =
        ["centrality", "unmetNeeds", "needsReport", "isolatedOffices", "officeStandings", "supportLink", "paths", "bilateral", "reciprocalPairs", "matchPlan", "whatIf", "network"];

    /// <summary>
    /// The data fields whose answers depend on a round's requests and offers (an office's requests, a subject's status
    /// and requesters, the office filter), so they take <c>round:</c> too (added after them: <see cref="AddRoundArgument"/>).
    /// </summary>
    public static readonly string[] DataFields = ["offices", "office", "subjects", "subject"];

    /// <summary>The planning questions that take <c>round:</c> (added after them: <see cref="AddRoundArgument"/>).</summary>
    public static readonly string[] PlanningFields = ["worldCafe", "workshopPortfolio", "cohorts", "roles"];

    /// <summary>Adds the fields to <paramref name="query"/> and <c>round:</c> to its analytic fields.</summary>
    public static void AddTo(ObjectGraphType query)
    {
        AddRoundArgument(query, AnalyticFields);
        AddFields(query);
    }

    /// <summary>
    /// Adds <c>round:</c> to the named fields of <paramref name="query"/>; their resolvers answer on the round through
    /// <c>ctx.Snapshot()</c>, which reads it.
    /// </summary>
    public static void AddRoundArgument(ObjectGraphType query, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            var field = query.GetField(name) ?? throw new InvalidOperationException($"Query.{name} is missing");
            field.Arguments ??= new QueryArguments();
            field.Arguments.Add(new QueryArgument<IdGraphType>
            {
                Name = "round",
                Description = "Answer on the dataset as it stood at this round (see `rounds`); default: the latest round.",
            });
        }
    }

    private static void AddFields(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoundType>>>>("rounds")
            .Description("The dataset's rounds, oldest first; one round (\"current\") for a dataset without rounds.")
            .Resolve(ctx => ctx.Request().Snapshot.Dataset.AllRounds);

        query.Field<NonNullGraphType<RoundComparisonType>>("compare")
            .Description("What changed from round `from` to round `to`: requests and offers added and withdrawn (with provenance), subjects whose status changed, offices whose isolation changed, the biggest PageRank rank movers, reciprocal pairs gained and lost, match-plan coverage before and after.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The first (usually earlier) round's id.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "The second (usually later) round's id.")
            .Argument<IntGraphType>("movers", "How many rank movers to list (default 5; 0 to 50).", a => a.DefaultValue = RoundComparer.DefaultMovers)
            .Resolve(ctx =>
            {
                var snapshot = ctx.Request().Snapshot;
                var from = ctx.GetArgument<string>("from");
                var to = ctx.GetArgument<string>("to");
                var movers = ctx.GetArgument("movers", RoundComparer.DefaultMovers);
                if (movers is < 0 or > 50)
                {
                    throw ErrorCodes.Error(ErrorCodes.InvalidInput, $"movers: must be 0 to 50 (is {movers})");
                }

                var before = snapshot.AtRound(from, "from");
                var after = snapshot.AtRound(to, "to");
                return snapshot.Answer($"compare|{from}|{to}|{movers}",
                    _ => RoundComparer.Compare(snapshot.Dataset, from, before.Analysis, to, after.Analysis, movers));
            });
    }
}
