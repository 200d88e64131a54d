using CoopGraph.Analytics.FollowUp;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Initiatives;

/// <summary>GraphQL <c>StalledInitiative</c>.</summary>
public sealed class StalledInitiativeType : ObjectGraphType<StalledInitiative>
{
    public StalledInitiativeType()
    {
        Name = "StalledInitiative";
        Description = "An open initiative with no transition for at least the threshold.";
        Field<NonNullGraphType<InitiativeType>>("initiative").Description("The initiative.").Resolve(ctx => ctx.Source.Initiative);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("lastMoved").Description("When its last step was recorded.").Resolve(ctx => ctx.Source.LastMoved);
        Field(x => x.DaysSince).Description("Whole days from its last step to `FollowUp.now`.");
    }
}
