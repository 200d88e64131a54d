using CoopGraph.Analytics.FollowUp;
using CoopGraph.Domain;
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

/// <summary>GraphQL <c>NeedWithoutInitiative</c>.</summary>
public sealed class NeedWithoutInitiativeType : ObjectGraphType<NeedWithoutInitiative>
{
    public NeedWithoutInitiativeType()
    {
        Name = "NeedWithoutInitiative";
        Description = "A request no live initiative answers.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The requesting office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Office));
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject requested.").Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Subject));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offerers")
            .Description("Other offices offering the subject: whom to contact (empty: nobody can help yet).")
            .Resolve(ctx => ctx.Source.Offerers.Select(c => ctx.Snapshot().Office(c)).OfType<Office>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("droppedInitiatives")
            .Description("Ids of DROPPED initiatives that once answered it.").Resolve(ctx => ctx.Source.DroppedInitiatives);
        Field(x => x.CrossCutting).Description("Whether the subject is a cross-cutting need every office shares.");
    }
}

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

/// <summary>GraphQL <c>FollowUpGroup</c>.</summary>
public sealed class FollowUpGroupType : ObjectGraphType<FollowUpGroup>
{
    public FollowUpGroupType()
    {
        Name = "FollowUpGroup";
        Description = "The follow-up counts of one area or one office.";
        Field(x => x.Key, type: typeof(NonNullGraphType<IdGraphType>)).Description("The area id or office code.");
        Field(x => x.NeedsWithoutInitiative).Description("Requests (of the area's subjects, or by the office) no live initiative answers.");
        Field(x => x.Stalled).Description("Stalled initiatives (about the area's subjects, or with the office on either side).");
        Field(x => x.Open).Description("Open initiatives (PROPOSED, AGREED, IN_PROGRESS) in the same sense.");
    }
}
