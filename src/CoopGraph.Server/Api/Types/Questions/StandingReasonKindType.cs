using CoopGraph.Analytics.Isolation;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>StandingReasonKind</c>.</summary>
public sealed class StandingReasonKindType : EnumerationGraphType<StandingReasonKind>
{
    /// <summary>Names the type.</summary>
    public StandingReasonKindType()
    {
        Name = "StandingReasonKind";
        Description = "What a standing reason says.";
        this.Describe("NO_REQUESTS_OR_OFFERS", "It made no request and no offer.");
        this.Describe("NO_PARTNERS", "It has no support tie either way.");
        this.Describe("UNMET_REQUEST", "It requests a subject no other office offers (cross-cutting ones nobody offers apart).");
        this.Describe("FEW_SUPPORTERS", $"Only 1 to {OfficeStandings.FewSupporters} offices can help it.");
        this.Describe("HELPS_NOBODY", "It helps no office: it offers nothing, or no other office requests what it offers.");
    }
}
