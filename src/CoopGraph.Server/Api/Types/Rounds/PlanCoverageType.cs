using CoopGraph.Analytics.Rounds;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Rounds;

/// <summary>GraphQL <c>PlanCoverage</c>.</summary>
public sealed class PlanCoverageType : ObjectGraphType<PlanCoverage>
{
    public PlanCoverageType()
    {
        Name = "PlanCoverage";
        Description = "The match plan's figures in one round, at the default capacity (as `matchPlan`).";
        Field(x => x.Capacity).Description("Requests one office can take on.");
        Field(x => x.Requests).Description("Requests considered.");
        Field(x => x.Coverable).Description("Requests some other office offers.");
        Field(x => x.Assigned).Description("Requests the plan covers.");
        Field(x => x.CoveragePercent).Description("100 · assigned / requests.");
    }
}
