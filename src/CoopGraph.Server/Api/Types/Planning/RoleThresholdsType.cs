using CoopGraph.Planning.Cohorts;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>RoleThresholds</c>.</summary>
public sealed class RoleThresholdsType : ObjectGraphType<RoleThresholds>
{
    public RoleThresholdsType()
    {
        Name = "RoleThresholds";
        Description = "The thresholds of the office roles.";
        Field(x => x.BrokerBetweenness).Description("Normalised betweenness at or above which an office is a broker.");
        Field(x => x.HubOutShare).Description("Share of the other offices an office must be able to help to be a provider hub.");
    }
}
