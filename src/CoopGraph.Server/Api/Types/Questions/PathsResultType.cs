using CoopGraph.Analytics.Paths;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>PathsResult</c>.</summary>
public sealed class PathsResultType : ObjectGraphType<PathsResult>
{
    public PathsResultType()
    {
        Name = "PathsResult";
        Description = "The shortest chains of support between two offices, with the evidence of each hop.";
        Field<NonNullGraphType<OfficeType>>("from").Description("The office the chains start from (the helper).").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.From));
        Field<NonNullGraphType<OfficeType>>("to").Description("The office the chains reach (the helped).").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.To));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportPathType>>>>("paths").Description("The paths, shortest first (Yen's k shortest loopless paths).").Resolve(ctx => ctx.Source.Paths);
        Field(x => x.NoPathReason, nullable: true).Description("Why there is no path, when there is none.");
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("Algorithm, parameters, dataset version and the edges used.").Resolve(ctx => ctx.Source.Evidence);
    }
}
