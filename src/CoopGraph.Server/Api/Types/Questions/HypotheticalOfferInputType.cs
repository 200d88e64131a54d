using CoopGraph.Analytics.WhatIf;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>HypotheticalOfferInput</c>.</summary>
public sealed class HypotheticalOfferInputType : InputObjectGraphType<HypotheticalOffer>
{
    public HypotheticalOfferInputType()
    {
        Name = "HypotheticalOfferInput";
        Description = "An offer to imagine: this office would offer this subject.";
        Field(x => x.Office, type: typeof(NonNullGraphType<IdGraphType>)).Description("The office (code, name or alias).");
        Field(x => x.Subject, type: typeof(NonNullGraphType<IdGraphType>)).Description("Subject id.");
    }
}
