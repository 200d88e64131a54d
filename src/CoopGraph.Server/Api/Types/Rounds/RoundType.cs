using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Rounds;

/// <summary>GraphQL <c>Round</c>.</summary>
public sealed class RoundType : ObjectGraphType<Round>
{
    public RoundType()
    {
        Name = "Round";
        Description = "One round of the loop (survey, meeting, follow-up): the requests and offers as they stood in it. Pass its id as `round:` to any analytic question.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable identifier, e.g. survey-2022-04 (\"current\" for a dataset without rounds).").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Display name.").Resolve(ctx => ctx.Source.Name);
        Field<StringGraphType>("date").Description("ISO 8601 date or month; null only for the one round of a dataset without rounds.").Resolve(ctx => ctx.Source.Date);
        Field<RoundKindType>("kind").Description("What the round was; null only for the one round of a dataset without rounds.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<BooleanGraphType>>("latest").Description("Whether this is the latest round (the default of every `round:` argument).")
            .Resolve(ctx => ctx.Snapshot().Dataset.LatestRound.Id == ctx.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("requestCount").Description("Requests in this round.")
            .Resolve(ctx => ctx.Source.Requests?.Count ?? ctx.Snapshot().Dataset.Requests.Count);
        Field<NonNullGraphType<IntGraphType>>("offerCount").Description("Offers in this round.")
            .Resolve(ctx => ctx.Source.Offers?.Count ?? ctx.Snapshot().Dataset.Offers.Count);
    }
}
