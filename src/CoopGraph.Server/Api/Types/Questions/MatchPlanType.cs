using CoopGraph.Analytics.Matching;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>MatchPlan</c>.</summary>
public sealed class MatchPlanType : ObjectGraphType<MatchPlanResult>
{
    public MatchPlanType()
    {
        Name = "MatchPlan";
        Description = "An assignment of requests to offering offices covering the most requests under a capacity (maximum flow).";
        Field(x => x.Capacity).Description("The capacity: requests per offering office (TOTAL) or per office and subject (PER_SUBJECT).");
        Field<NonNullGraphType<CapacityModeType>>("mode").Description("What the capacity limits.").Resolve(ctx => ctx.Source.Mode);
        Field(x => x.Requests).Description("Requests considered (every request but those of cross-cutting subjects nobody offers).");
        Field(x => x.Coverable).Description("Requests some other office offers (the most any capacity could cover).");
        Field(x => x.Assigned).Description("Requests the plan covers (a maximum).");
        Field(x => x.CoveragePercent).Description("100 · assigned / requests.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchAssignmentType>>>>("assignments").Description("Assignments, by subject then requesting office.").Resolve(ctx => ctx.Source.Assignments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnassignedRequestType>>>>("unassigned").Description("Requests left unserved, in the same order.").Resolve(ctx => ctx.Source.Unassigned);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("Algorithm, parameters and dataset version.").Resolve(ctx => ctx.Source.Evidence);
    }
}
