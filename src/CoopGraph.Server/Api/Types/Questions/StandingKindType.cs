using CoopGraph.Analytics.Isolation;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>Standing</c>.</summary>
public sealed class StandingKindType : EnumerationGraphType<StandingKind>
{
    /// <summary>Names the type.</summary>
    public StandingKindType()
    {
        Name = "Standing";
        Description = "Where an office stands in the support network, its weakest trait.";
        this.Describe("ISOLATED", "It takes part but has no support tie either way: nobody can help it and it helps nobody.");
        this.Describe("WEAK_TIES", $"It has a weak side: at most {OfficeStandings.FewSupporters} offices can help it, or it helps nobody.");
        this.Describe("UNMET_NEEDS", "It is well tied but requests something no other office offers.");
        this.Describe("WELL_CONNECTED", $"More than {OfficeStandings.FewSupporters} offices can help it, it helps at least one and every request has a helper.");
        this.Describe("DID_NOT_TAKE_PART", "It made no request and no offer, so nothing can be said of its ties (not the same as isolated).");
    }
}
