using CoopGraph.Analytics.Paths;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>HopSubject</c>.</summary>
public sealed class HopSubjectType : ObjectGraphType<HopSubject>
{
    public HopSubjectType()
    {
        Name = "HopSubject";
        Description = "A subject that justifies a hop, with the request and the offer behind it.";
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject.").Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Subject));
        Field<NonNullGraphType<RequestType>>("request").Description("The helped office's request, with provenance.").Resolve(ctx => ctx.Source.Request);
        Field<NonNullGraphType<OfferType>>("offer").Description("The helping office's offer, with provenance.").Resolve(ctx => ctx.Source.Offer);
        Field<NonNullGraphType<StringGraphType>>("justification")
            .Description("Why the helping office can help, in words: the offer's wording and the request's subject, each with its source row and confidence.")
            .Resolve(ctx => SupportLinks.Justification(ctx.Snapshot().Dataset, ctx.Source));
    }
}
