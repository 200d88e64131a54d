using CoopGraph.Analytics.Needs;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>AreaNeeds</c>.</summary>
public sealed class AreaNeedsType : ObjectGraphType<AreaNeeds>
{
    public AreaNeedsType()
    {
        Name = "AreaNeeds";
        Description = "Roll-up of one area's subjects (cross-cutting ones nobody offers excluded).";
        Field<NonNullGraphType<AreaType>>("area").Description("The area.").Resolve(ctx => ctx.Snapshot().Area(ctx.Source.Area));
        Field(x => x.Subjects).Description("Number of its subjects (cross-cutting ones nobody offers excluded), whatever their status.");
        Field(x => x.Unmet).Description("Subjects whose status is UNMET.");
        Field(x => x.Fragile).Description("Subjects whose status is FRAGILE.");
        Field(x => x.Covered).Description("Subjects whose status is COVERED.");
        Field(x => x.Requests).Description("Requests in the area.");
        Field(x => x.CoveredRequests).Description("Requests at least one other office can meet.");
        Field(x => x.CoverageRatio).Description("coveredRequests / requests (0 without requests).");
    }
}
