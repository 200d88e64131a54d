using CoopGraph.Analytics.Needs;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>RequestStanding</c>.</summary>
public sealed class RequestStandingType : ObjectGraphType<RequestStanding>
{
    public RequestStandingType()
    {
        Name = "RequestStanding";
        Description = "One office's request with its own status: who else offers the subject, and why the request is UNMET, FRAGILE or COVERED.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The requesting office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Office));
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject requested.").Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Subject));
        Field<NonNullGraphType<NeedStatusType>>("status").Description("The request's own status, from the offices other than the requester that offer the subject (not the subject's worst status).").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("label").Description("The status with the cross-cutting property beside it, e.g. `UNMET (cross-cutting)`.")
            .Resolve(ctx => NeedWords.Label(ctx.Source.Status, ctx.Source.CrossCutting));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("helpers").Description("The offices other than the requester that offer the subject, by code.")
            .Resolve(ctx => ctx.Source.Helpers.Select(c => ctx.Snapshot().Office(c)!));
        Field(x => x.OffersItself).Description("Whether the requester offers the subject too (it does not count as its own helper).");
        Field(x => x.CrossCutting).Description("Whether the subject is cross-cutting (see Subject.crossCutting).");
        Field(x => x.Explanation).Description("Why the request has its status, in words, e.g. \"Peru can turn only to Brazil (Peru offers it too, which does not count as help for itself); losing Brazil would leave it unmet\".");
    }
}
