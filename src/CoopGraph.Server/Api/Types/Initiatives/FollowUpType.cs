using CoopGraph.Analytics.FollowUp;
using CoopGraph.Server.Api.Types.Questions;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Initiatives;

/// <summary>GraphQL <c>FollowUp</c>.</summary>
public sealed class FollowUpType : ObjectGraphType<FollowUpResult>
{
    public FollowUpType()
    {
        Name = "FollowUp";
        Description = "The planner's follow-up: which needs nobody is working on, which initiatives stopped moving.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("now").Description("The time the answer was computed at; stalled days are counted to it.").Resolve(ctx => ctx.Source.Now);
        Field(x => x.StalledDays).Description("The threshold used: an open initiative is stalled when its last step is at least this many whole days old.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeedWithoutInitiativeType>>>>("needsWithoutInitiative")
            .Description("Requests that no initiative other than a DROPPED one answers, in dataset order.").Resolve(ctx => ctx.Source.NeedsWithoutInitiative);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StalledInitiativeType>>>>("stalled")
            .Description("Open initiatives (PROPOSED, AGREED, IN_PROGRESS) stalled for at least `stalledDays`, longest first.").Resolve(ctx => ctx.Source.Stalled);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowUpGroupType>>>>("byArea")
            .Description("Counts per area (by the subject), in dataset order.").Resolve(ctx => ctx.Source.Areas);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FollowUpGroupType>>>>("byOffice")
            .Description("Counts per office with anything to follow up or an open initiative, in code order.").Resolve(ctx => ctx.Source.Offices);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("The rule, its parameters and the dataset version.").Resolve(ctx => ctx.Source.Evidence);
    }
}
