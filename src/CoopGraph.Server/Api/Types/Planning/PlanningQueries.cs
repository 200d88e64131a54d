using CoopGraph.Planning;
using CoopGraph.Planning.Cohorts;
using CoopGraph.Planning.Workshops;
using CoopGraph.Planning.WorldCafe;
using CoopGraph.Server.Api.Http;
using GraphQL;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>
/// The planning fields of <c>Query</c> (docs/planning.md). Solver fields carry a fixed complexity cost and run under a
/// time limit the server caps below <c>GraphQL:Timeout</c>; the request's cancellation stops the solver at once.
/// </summary>
internal static class PlanningQueries
{
    /// <summary>Complexity charged for <c>worldCafe</c> (a CP-SAT solve of up to the time limit).</summary>
    public const double WorldCafeCost = 2000;

    /// <summary>Complexity charged for <c>workshopPortfolio</c> (a small CP-SAT solve).</summary>
    public const double WorkshopCost = 200;

    /// <summary>Complexity charged for <c>cohorts</c> (32 Louvain runs on the similarity graph).</summary>
    public const double CohortsCost = 100;

    /// <summary>Default solver time limit of the GraphQL fields, in seconds.</summary>
    public const double DefaultTimeLimit = 10;

    /// <summary>Adds the fields to <paramref name="query"/>.</summary>
    public static void AddTo(ObjectGraphType query, GraphQLOptions limits)
    {
        var maxSeconds = Math.Max(1, Math.Floor(limits.Timeout.TotalSeconds) - 2);
        var d = new WorldCafeOptions();
        query.Field<NonNullGraphType<WorldCafePlanType>>("worldCafe")
            .Description("Plans a World Café with CP-SAT: every office at one table per round, seats respected, one subject per table, no subject twice for an office; maximises the documented objective and reports its bound and a seeded random baseline.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("offices", $"Participating offices (codes, names or aliases), 2 to {WorldCafeOptions.MaxOffices}; default: attending offices with a request or an offer.")
            .Argument<IntGraphType>("rounds", $"Rounds (default {d.Rounds}).", a => a.DefaultValue = d.Rounds)
            .Argument<IntGraphType>("tables", "Tables per round; default: the fewest that seat everyone.")
            .Argument<IntGraphType>("seats", $"Seats per table (default {d.Seats}: an office talks to up to four others).", a => a.DefaultValue = d.Seats)
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("subjects", "Subject ids to discuss, one facilitator each; default: most requested, uncovered first.")
            .Argument<IntGraphType>("subjectCount", "How many subjects the default choice takes; default max(rounds, tables) + 1.")
            .Argument<IntGraphType>("minutesPerRound", $"Minutes per round (default {d.MinutesPerRound}).", a => a.DefaultValue = d.MinutesPerRound)
            .Argument<CafeWeightsInputType>("weights", "Objective weights; any left out keeps its default.")
            .Argument<IntGraphType>("seed", $"Seed of the solver and of the random baseline (default {d.Seed}).", a => a.DefaultValue = d.Seed)
            .Argument<FloatGraphType>("timeLimitSeconds", $"Time limit in seconds of the whole planning: the start plan, building and solving the model, the figures (default {DefaultTimeLimit}, at most {maxSeconds}: the server's GraphQL:Timeout less 2 s). A model too large to set up within it is not built: the annealed start plan is returned (planSource GREEDY_START).", a => a.DefaultValue = DefaultTimeLimit)
            .WithComplexityImpact(WorldCafeCost)
            .ResolveAsync(async ctx =>
            {
                var options = new WorldCafeOptions(
                    ctx.GetArgument<List<string>?>("offices"),
                    ctx.GetArgument("rounds", d.Rounds),
                    ctx.GetArgument<int?>("tables"),
                    ctx.GetArgument("seats", d.Seats),
                    ctx.GetArgument<List<string>?>("subjects"),
                    ctx.GetArgument<int?>("subjectCount"),
                    ctx.GetArgument("minutesPerRound", d.MinutesPerRound),
                    ctx.GetArgument<WorldCafeWeights?>("weights"),
                    ctx.GetArgument("seed", d.Seed),
                    TimeLimit(ctx, maxSeconds));
                return await RunUntilCancelled(() => WorldCafePlanner.Plan(ctx.Snapshot().Analysis, options, ctx.CancellationToken), ctx.CancellationToken).ConfigureAwait(false);
            });

        var w = new WorkshopOptions();
        query.Field<NonNullGraphType<WorkshopPortfolioType>>("workshopPortfolio")
            .Description("With money for K regional workshops, which ones? CP-SAT maximises the weighted requests answered; reports the bound and the greedy plan for comparison.")
            .Argument<IntGraphType>("workshops", $"K: workshops paid for (default {w.Workshops}).", a => a.DefaultValue = w.Workshops)
            .Argument<IntGraphType>("capacity", $"C: participants per workshop, hosts not counted (default {w.Capacity}).", a => a.DefaultValue = w.Capacity)
            .Argument<WorkshopWeightsInputType>("weights", "Request weights; any left out keeps its default.")
            .Argument<FloatGraphType>("timeLimitSeconds", $"Solver time limit in seconds (default {DefaultTimeLimit}, at most {maxSeconds}).", a => a.DefaultValue = DefaultTimeLimit)
            .WithComplexityImpact(WorkshopCost)
            .Resolve(ctx =>
            {
                var options = new WorkshopOptions(
                    ctx.GetArgument("workshops", w.Workshops),
                    ctx.GetArgument("capacity", w.Capacity),
                    ctx.GetArgument<WorkshopWeights?>("weights"),
                    TimeLimitSeconds: TimeLimit(ctx, maxSeconds));
                return Run(() => WorkshopPlanner.Plan(ctx.Snapshot().Analysis, options, ctx.CancellationToken));
            });

        query.Field<NonNullGraphType<CohortsResultType>>("cohorts")
            .Description("Offices with similar needs (Jaccard similarity of requested subjects) grouped by Louvain community detection: the groups one provider could serve in one workshop.")
            .Argument<FloatGraphType>("resolution", "Louvain resolution (more than 0, at most 100; default 1): higher gives more, smaller cohorts.", a => a.DefaultValue = 1.0)
            .WithComplexityImpact(CohortsCost)
            .Resolve(ctx =>
            {
                var resolution = ctx.GetArgument("resolution", 1.0);
                return Run(() => ctx.Snapshot().Answer(FormattableString.Invariant($"cohorts|{resolution:R}"), a => CohortFinder.Find(a, resolution)));
            });

        var t = new RoleThresholds();
        query.Field<NonNullGraphType<RolesResultType>>("roles")
            .Description("Every office's role (provider hub, broker, dual, requester, isolated) from degrees and betweenness on the support graph, with the numbers behind it.")
            .Argument<FloatGraphType>("brokerBetweenness", $"Betweenness at or above which an office is a broker (0..1, default {t.BrokerBetweenness}).", a => a.DefaultValue = t.BrokerBetweenness)
            .Argument<FloatGraphType>("hubOutShare", $"Share of the others an office must help to be a provider hub (0..1, default {t.HubOutShare}).", a => a.DefaultValue = t.HubOutShare)
            .Resolve(ctx =>
            {
                var thresholds = new RoleThresholds(ctx.GetArgument("brokerBetweenness", t.BrokerBetweenness), ctx.GetArgument("hubOutShare", t.HubOutShare));
                return Run(() => RoleFinder.Find(ctx.Snapshot().Analysis, thresholds));
            });
    }

    private static double TimeLimit(IResolveFieldContext ctx, double maxSeconds)
    {
        var seconds = ctx.GetArgument("timeLimitSeconds", DefaultTimeLimit);
        return seconds is > 0 && seconds <= maxSeconds
            ? seconds
            : throw ErrorCodes.Error(ErrorCodes.InvalidInput, $"timeLimitSeconds: must be more than 0 and at most {maxSeconds} (GraphQL:Timeout less 2 s); got {seconds}");
    }

    /// <summary>
    /// Runs <paramref name="plan"/> on the thread pool and stops waiting for it when <paramref name="cancellationToken"/>
    /// (the request's deadline) fires, so the answer (TIMEOUT) never waits for a step that checks the token late; the
    /// plan itself observes the same token and ends soon after.
    /// </summary>
    private static Task<T> RunUntilCancelled<T>(Func<T> plan, CancellationToken cancellationToken) =>
        Task.Run(() => Run(plan), CancellationToken.None).WaitAsync(cancellationToken);

    /// <summary>Planning input errors become coded errors naming the argument.</summary>
    private static T Run<T>(Func<T> plan)
    {
        try
        {
            return plan();
        }
        catch (PlanningInputException e)
        {
            throw ErrorCodes.Error(e.Error == PlanningInputError.NotFound ? ErrorCodes.NotFound : ErrorCodes.InvalidInput, e.UserMessage());
        }
        catch (InvalidOperationException e)
        {
            throw ErrorCodes.Error(ErrorCodes.InvalidInput, e.Message);
        }
    }
}
