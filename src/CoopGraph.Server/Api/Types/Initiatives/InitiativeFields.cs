using CoopGraph.Analytics.FollowUp;
using CoopGraph.Domain;
using CoopGraph.Domain.Initiatives;
using CoopGraph.Server.Snapshots;
using GraphQL;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Initiatives;

/// <summary>The initiative fields of <c>Query</c>, <c>Mutation</c> and the views that show initiatives.</summary>
public static class InitiativeFields
{
    /// <summary>Adds <c>proposeInitiative</c> and <c>advanceInitiative</c>.</summary>
    public static void AddMutations(MutationType mutation, SnapshotService snapshots, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(mutation);
        mutation.Change("proposeInitiative", "Record a new initiative as PROPOSED. Refused (nothing written) when it names an unknown office, subject, request, offer or round. Proposing exactly the same again changes nothing.")
            .Argument<NonNullGraphType<ProposeInitiativeInputType>>("input", "The initiative.")
            .ResolveAsync(ctx =>
            {
                var actor = ctx.Request().RequireWriter();
                var i = ctx.GetArgument<ProposeInitiativeInput>("input");
                var change = new ProposeInitiative(i.Id, i.Title, i.Subject, i.RequestOffices, i.OfferOffices, i.Round, (i.At ?? time.GetUtcNow()).ToUniversalTime(), actor, i.Note);
                return MutationType.Apply(ctx, snapshots, change, "input");
            });
        mutation.Change("advanceInitiative", "Move an initiative to its next status (PROPOSED → AGREED → IN_PROGRESS → COMPLETED, or DROPPED while open). An invalid move is refused naming the allowed ones; repeating the last step (same status, note and key) changes nothing.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The initiative's id.")
            .Argument<NonNullGraphType<InitiativeStatusType>>("status", "The status it moves to.")
            .Argument<StringGraphType>("note", "Why, or what was decided.")
            .Argument<DateTimeOffsetGraphType>("at", "When (ISO 8601; not before its last step); default: now.")
            .ResolveAsync(ctx =>
            {
                var actor = ctx.Request().RequireWriter();
                var change = new AdvanceInitiative(ctx.GetArgument<string>("id"), ctx.GetArgument<InitiativeStatus>("status"),
                    (ctx.GetArgument<DateTimeOffset?>("at") ?? time.GetUtcNow()).ToUniversalTime(), actor, ctx.GetArgument<string?>("note"));
                return MutationType.Apply(ctx, snapshots, change, "status");
            });
    }

    /// <summary>Adds <c>initiatives</c> and <c>followUp</c>.</summary>
    public static void AddQueries(ObjectGraphType query, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<InitiativeType>>>>("initiatives")
            .Description("Initiatives in dataset order, optionally of one status, one area (by their subject) or one office (on either side).")
            .Argument<InitiativeStatusType>("status", "Only initiatives with this status.")
            .Argument<IdGraphType>("area", "Only initiatives about a subject of this area.")
            .Argument<StringGraphType>("office", "Only initiatives with this office (code, name or alias) among the requesting or offering offices.")
            .Argument<IdGraphType>("round", "Only the initiatives proposed at or before this round (see `rounds`): those that existed then, with their status and steps as they are now; default: the latest round, i.e. every initiative (one naming no round counts as proposed in the latest).")
            .Resolve(ctx =>
            {
                var snapshot = ctx.Snapshot();
                var (area, office) = Narrowing(ctx);
                var status = ctx.GetArgument<InitiativeStatus?>("status");
                return snapshot.Dataset.Initiatives.Where(i =>
                    (status is null || i.Status() == status)
                    && (area is null || snapshot.Subject(i.Subject)?.Area == area)
                    && (office is null || i.RequestOffices.Contains(office) || i.OfferOffices.Contains(office)));
            });
        query.Field<NonNullGraphType<FollowUpType>>("followUp")
            .Description("The follow-up question: requests no live initiative answers (with whom to contact), and open initiatives with no transition for `stalledDays` days, by area and office.")
            .Argument<IntGraphType>("stalledDays", $"An open initiative is stalled when its last step is at least this many whole days old (default {FollowUpAnalyzer.DefaultStalledDays}, at least 0).")
            .Argument<IdGraphType>("area", "Only needs and initiatives of this area.")
            .Argument<StringGraphType>("office", "Only needs of this office and initiatives it is part of (code, name or alias).")
            .Argument<IdGraphType>("round", "Answer on the dataset as it stood at this round (see `rounds`): that round's requests, and the initiatives proposed at or before it, with their status and stalled days as of now; default: the latest round.")
            .Resolve(ctx =>
            {
                var days = ctx.GetArgument("stalledDays", FollowUpAnalyzer.DefaultStalledDays);
                if (days < 0)
                {
                    throw ErrorCodes.Error(ErrorCodes.InvalidInput, $"stalledDays: {days} is negative; give 0 or more days");
                }

                var (area, office) = Narrowing(ctx);
                return FollowUpAnalyzer.Analyze(ctx.Snapshot().Dataset, time.GetUtcNow(), days).Narrow(area, office);
            });
    }

    /// <summary>The initiatives (any status) answering a subject's requests.</summary>
    public static IEnumerable<Initiative> AnsweringSubject(Dataset dataset, string subject) => dataset.Initiatives.Where(i => i.Subject == subject);

    /// <summary>The initiatives (any status) answering one of an office's requests.</summary>
    public static IEnumerable<Initiative> AnsweringOffice(Dataset dataset, string office) => dataset.Initiatives.Where(i => i.RequestOffices.Contains(office));

    private static (string? Area, string? Office) Narrowing(IResolveFieldContext ctx)
    {
        var snapshot = ctx.Snapshot();
        var area = ctx.GetArgument<string?>("area");
        if (area is not null && snapshot.Area(area) is null)
        {
            throw Errors.UnknownArea(snapshot, "area", area);
        }

        var office = ctx.GetArgument<string?>("office") is { } text ? Errors.Office(snapshot, text, "office").Code : null;
        return (area, office);
    }
}
