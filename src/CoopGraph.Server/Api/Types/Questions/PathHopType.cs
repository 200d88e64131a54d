using CoopGraph.Analytics.Paths;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>PathHop</c>.</summary>
public sealed class PathHopType : ObjectGraphType<PathHop>
{
    public PathHopType()
    {
        Name = "PathHop";
        Description = "One step of a chain of support: `from` can help `to`.";
        Field<NonNullGraphType<OfficeType>>("from").Description("The helping office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.From));
        Field<NonNullGraphType<OfficeType>>("to").Description("The helped office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.To));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HopSubjectType>>>>("subjects").Description("The subjects justifying the hop.").Resolve(ctx => ctx.Source.Subjects);
    }
}
