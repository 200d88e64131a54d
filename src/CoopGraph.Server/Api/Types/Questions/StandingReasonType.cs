using CoopGraph.Analytics.Isolation;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>StandingReason</c>.</summary>
public sealed class StandingReasonType : ObjectGraphType<StandingReason>
{
    public StandingReasonType()
    {
        Name = "StandingReason";
        Description = "One reason for an office's standing, in words, with the evidence it rests on.";
        Field<NonNullGraphType<StandingReasonKindType>>("kind").Description("What the reason says.").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Text).Description("The reason in words, e.g. \"no office offers IPAS technicians' network, which it requests\".");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("subjects").Description("The subjects it rests on (the unmet subject; what an office that helps nobody offers).")
            .Resolve(ctx => ctx.Source.Subjects.Select(s => ctx.Snapshot().Subject(s)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offices").Description("The offices it rests on (the few supporters).")
            .Resolve(ctx => ctx.Source.Offices.Select(c => ctx.Snapshot().Office(c)!));
    }
}
