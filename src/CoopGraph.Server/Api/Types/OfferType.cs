using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>Offer</c>.</summary>
public sealed class OfferType : ObjectGraphType<Offer>
{
    public OfferType()
    {
        Name = "Offer";
        Description = "An office's capacity to help others on a subject, with its provenance.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The offering office.")
            .Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Office));
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject offered.")
            .Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Subject));
        Field(x => x.Wording, nullable: true).Description("The source's wording of the offer, where it adds something.");
        Field(x => x.Source).Description("Where it comes from, e.g. `management#2` (area table, row).");
        Field<NonNullGraphType<ConfidenceType>>("confidence").Description("How surely the source supports it.").Resolve(ctx => ctx.Source.Confidence);
        Field(x => x.Note, nullable: true).Description("Why a reader should look twice, when there is a reason.");
        Field<NonNullGraphType<StringGraphType>>("statement")
            .Description("This offer in words (its wording when it has one) with its source row and confidence, e.g. `Brazil offers “…” (…, high confidence)`: the provenance of an office → subject edge.")
            .Resolve(ctx => CoopGraph.Analytics.Paths.SupportLinks.Statement(ctx.Snapshot().Dataset, ctx.Source));
    }
}
