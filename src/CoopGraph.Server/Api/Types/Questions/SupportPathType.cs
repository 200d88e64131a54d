using CoopGraph.Analytics.Paths;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>SupportPath</c>.</summary>
public sealed class SupportPathType : ObjectGraphType<SupportPath>
{
    public SupportPathType()
    {
        Name = "SupportPath";
        Description = "A loopless chain of support from one office to another.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offices").Description("The offices along the path, from first to last.")
            .Resolve(ctx => ctx.Source.Offices.Select(c => ctx.Snapshot().Office(c)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathHopType>>>>("hops").Description("The hops, in order.").Resolve(ctx => ctx.Source.Hops);
        Field(x => x.Cost).Description("Hop count, or with `weighted` the sum of 1/weight over the hops.");
    }
}
