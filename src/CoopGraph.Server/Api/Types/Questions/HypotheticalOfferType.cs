using CoopGraph.Analytics.WhatIf;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>HypotheticalOffer</c>.</summary>
public sealed class HypotheticalOfferType : ObjectGraphType<HypotheticalOffer>
{
    public HypotheticalOfferType()
    {
        Name = "HypotheticalOffer";
        Description = "An imagined offer.";
        Field(x => x.Office, type: typeof(NonNullGraphType<IdGraphType>)).Description("Office code.");
        Field(x => x.Subject, type: typeof(NonNullGraphType<IdGraphType>)).Description("Subject id.");
    }
}
