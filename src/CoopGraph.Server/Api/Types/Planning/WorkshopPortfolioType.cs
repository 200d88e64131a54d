using CoopGraph.Planning.Workshops;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>WorkshopPortfolio</c>.</summary>
public sealed class WorkshopPortfolioType : ObjectGraphType<WorkshopPortfolio>
{
    public WorkshopPortfolioType()
    {
        Name = "WorkshopPortfolio";
        Description = "K workshops chosen with CP-SAT, with the solver's bound and the greedy plan for comparison.";
        Field(x => x.DatasetVersion).Description("Dataset version planned on.");
        Field(x => x.Workshops).Description("K: workshops paid for.");
        Field(x => x.Capacity).Description("C: participants per workshop.");
        Field<NonNullGraphType<WorkshopWeightsType>>("weights").Description("Request weights used.").Resolve(ctx => ctx.Source.Weights);
        Field(x => x.CoverableRequests).Description("Requests some other office offers (the most any portfolio can answer).");
        Field<NonNullGraphType<WorkshopPlanType>>("optimal").Description("The CP-SAT plan.").Resolve(ctx => ctx.Source.Optimal);
        Field<NonNullGraphType<WorkshopPlanType>>("greedy").Description("Greedy: K times, the workshop answering the heaviest unanswered requests.").Resolve(ctx => ctx.Source.Greedy);
        Field<NonNullGraphType<SolverReportType>>("solver").Description("Status, bound and gap.").Resolve(ctx => ctx.Source.Solver);
    }
}
