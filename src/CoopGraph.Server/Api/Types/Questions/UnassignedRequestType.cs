using CoopGraph.Analytics.Matching;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>UnassignedRequest</c>.</summary>
public sealed class UnassignedRequestType : ObjectGraphType<UnassignedRequest>
{
    public UnassignedRequestType()
    {
        Name = "UnassignedRequest";
        Description = "A request the plan leaves unserved, and why.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The requesting office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Office));
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject.").Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Subject));
        Field(x => x.Reason).Description("Why: nobody else offers it, or every office offering it is at capacity.");
    }
}
