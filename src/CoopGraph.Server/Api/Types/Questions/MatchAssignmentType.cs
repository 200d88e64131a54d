using CoopGraph.Analytics.Matching;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>MatchAssignment</c>.</summary>
public sealed class MatchAssignmentType : ObjectGraphType<MatchAssignment>
{
    public MatchAssignmentType()
    {
        Name = "MatchAssignment";
        Description = "A request assigned to an offering office.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The requesting office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Office));
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject.").Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Subject));
        Field<NonNullGraphType<OfficeType>>("provider").Description("The office assigned to serve it.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Provider));
        Field<NonNullGraphType<RequestType>>("request").Description("The request, with provenance.").Resolve(ctx => ctx.Source.Request);
        Field<NonNullGraphType<OfferType>>("offer").Description("The provider's offer, with provenance.").Resolve(ctx => ctx.Source.Offer);
    }
}
