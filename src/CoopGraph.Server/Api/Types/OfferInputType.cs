using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>OfferInput</c>.</summary>
public sealed class OfferInputType : InputObjectGraphType<Offer>
{
    public OfferInputType()
    {
        Name = "OfferInput";
        Description = "A new offer: an office can help others on a subject.";
        Field(x => x.Office, type: typeof(NonNullGraphType<IdGraphType>)).Description("Offering office code, e.g. `BRA`.");
        Field(x => x.Subject, type: typeof(NonNullGraphType<IdGraphType>)).Description("Subject id, e.g. `green-patents`.");
        Field(x => x.Wording, nullable: true).Description("The offer in the source's words, where it adds something.");
        Field(x => x.Source).Description("Provenance: where the offer comes from.");
        Field(x => x.Confidence, type: typeof(NonNullGraphType<ConfidenceType>)).Description("How surely the source supports it.");
        Field(x => x.Note, nullable: true).Description("Why a reader should look twice, if at all.");
    }
}
