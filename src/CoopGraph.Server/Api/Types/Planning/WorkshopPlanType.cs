using CoopGraph.Planning.Workshops;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>WorkshopPlan</c>.</summary>
public sealed class WorkshopPlanType : ObjectGraphType<WorkshopPlan>
{
    public WorkshopPlanType()
    {
        Name = "WorkshopPlan";
        Description = "A set of workshops.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkshopType>>>>("workshops").Description("The workshops.").Resolve(ctx => ctx.Source.Workshops);
        Field(x => x.Objective).Description("Summed weight of the requests answered.");
        Field(x => x.CoveredRequests).Description("Requests answered.");
    }
}
