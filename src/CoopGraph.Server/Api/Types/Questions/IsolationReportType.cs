using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>IsolationReport</c>.</summary>
public sealed class IsolationReportType : ObjectGraphType<IsolationAnswer>
{
    public IsolationReportType()
    {
        Name = "IsolationReport";
        Description = "Isolated offices and the structure of the collaboration graph.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeIsolationType>>>>("offices").Description("The offices asked for, most isolated first (score, then code).")
            .Resolve(ctx => ctx.Source.Offices);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>>>("components")
            .Description("Weakly connected components of the support graph (offices by code), by component number.")
            .Resolve(ctx => ctx.Source.Result.Components.Select(c => c.Select(code => ctx.Snapshot().Office(code)!)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("articulationPoints").Description("Offices whose removal splits their component of the collaboration graph.")
            .Resolve(ctx => ctx.Source.Result.ArticulationPoints.Select(c => ctx.Snapshot().Office(c)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BridgeType>>>>("bridges").Description("Collaboration ties whose removal splits their component.")
            .Resolve(ctx => ctx.Source.Result.Bridges);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("Definitions, dataset version and support edges.").Resolve(ctx => ctx.Source.Result.Evidence);
    }
}
