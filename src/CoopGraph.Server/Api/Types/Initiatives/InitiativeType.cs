using CoopGraph.Domain;
using CoopGraph.Domain.Initiatives;
using GraphQL;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Initiatives;

/// <summary>GraphQL <c>Initiative</c>.</summary>
public sealed class InitiativeType : ObjectGraphType<Initiative>
{
    public InitiativeType()
    {
        Name = "Initiative";
        Description = "A cooperation initiative: offices that offer a subject help offices that request it. Its steps are its history; the last one is its status.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Stable identifier, chosen when it was proposed.");
        Field(x => x.Title).Description("What it does, in a line.");
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject every answered request and every offer share.")
            .Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Subject));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequestType>>>>("requests").Description("The requests it answers, in the order it names their offices.")
            .Resolve(ctx => Links(ctx, ctx.Snapshot().RequestsBySubject[ctx.Source.Subject], r => r.Office, ctx.Source.RequestOffices));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferType>>>>("offers").Description("The offers it draws on, in the order it names their offices.")
            .Resolve(ctx => Links(ctx, ctx.Snapshot().OffersBySubject[ctx.Source.Subject], o => o.Office, ctx.Source.OfferOffices));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("requestOffices").Description("The offices whose requests it answers.")
            .Resolve(ctx => ctx.Source.RequestOffices.Select(c => ctx.Snapshot().Office(c)).OfType<Office>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offerOffices").Description("The offices whose offers it draws on.")
            .Resolve(ctx => ctx.Source.OfferOffices.Select(c => ctx.Snapshot().Office(c)).OfType<Office>());
        Field(x => x.Round, type: typeof(IdGraphType)).Description("The round in which it was proposed, when the dataset has rounds.");
        Field<NonNullGraphType<InitiativeStatusType>>("status").Description("Its status: that of its last step.").Resolve(ctx => ctx.Source.Status());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InitiativeStatusType>>>>("allowedNext")
            .Description("The statuses `advanceInitiative` accepts next (empty when COMPLETED or DROPPED).")
            .Resolve(ctx => InitiativeLifecycle.Allowed(ctx.Source.Status()));
        Field<DateTimeOffsetGraphType>("lastMoved").Description("When its last step was recorded.").Resolve(ctx => ctx.Source.LastMoved());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InitiativeStepType>>>>("steps").Description("Its transitions, oldest first.")
            .Resolve(ctx => ctx.Source.Steps);
    }

    private static IEnumerable<T> Links<T>(IResolveFieldContext ctx, IEnumerable<T> links, Func<T, string> office, IReadOnlyList<string> offices)
    {
        var byOffice = links.ToDictionary(office, StringComparer.Ordinal);
        return offices.Where(byOffice.ContainsKey).Select(o => byOffice[o]);
    }
}
