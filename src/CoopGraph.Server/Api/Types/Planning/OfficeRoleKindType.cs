using CoopGraph.Planning.Cohorts;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>OfficeRoleKind</c>.</summary>
public sealed class OfficeRoleKindType : EnumerationGraphType<OfficeRole>
{
    /// <summary>Names the type.</summary>
    public OfficeRoleKindType()
    {
        Name = "OfficeRoleKind";
        Description = "An office's role in the support network; the first rule that applies, in this order: isolated, broker, provider hub, dual, requester.";
        this.Describe("ISOLATED", "No support edge in or out.");
        this.Describe("BROKER", "Betweenness at or above the broker threshold: lies on many shortest chains of support.");
        this.Describe("PROVIDER_HUB", "Helps more offices than help it, and either at least the hub share of the others or only gives.");
        this.Describe("DUAL", "Gives and receives.");
        this.Describe("REQUESTER", "Only receives.");
    }
}
