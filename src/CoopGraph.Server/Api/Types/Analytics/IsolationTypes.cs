using CoopGraph.Analytics.Isolation;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Analytics;

/// <summary>GraphQL <c>IsolationSign</c>.</summary>
public sealed class IsolationSignType : EnumerationGraphType<IsolationSign>
{
    /// <summary>Names the type.</summary>
    public IsolationSignType()
    {
        Name = "IsolationSign";
        Description = "A warning sign that an office is cut off from cooperation (see `isolatedOffices`).";
        this.Describe("NO_SUPPORT", "It requests a subject that no other office offers (not a cross-cutting one nobody offers): at least one of its needs is UNMET.");
        this.Describe("NO_PARTNERS", "It has no support link in either direction: no office can help it and it can help no office.");
        this.Describe("SINGLE_SUPPORTER", "Exactly one office can help it, with any of its requests: it depends on that one partner.");
    }
}

/// <summary>GraphQL <c>OfficeIsolation</c>.</summary>
public sealed class OfficeIsolationType : ObjectGraphType<OfficeIsolation>
{
    /// <summary>Defines the fields.</summary>
    public OfficeIsolationType()
    {
        Name = "OfficeIsolation";
        Description = "How isolated one office is in the support graph.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("supporters").Description("Offices that can help it, by code.")
            .Resolve(ctx => ctx.Source.Supporters.Select(c => ctx.Snapshot().Office(c)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("supported").Description("Offices it can help, by code.")
            .Resolve(ctx => ctx.Source.Supported.Select(c => ctx.Snapshot().Office(c)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IsolationSignType>>>>("flags").Description("The warning signs that apply.").Resolve(ctx => ctx.Source.Flags);
        Field(x => x.Component).Description("Weakly connected component number (0-based, numbered by their first office in code order).");
        Field(x => x.ComponentSize).Description("Offices in that component.");
        Field(x => x.ArticulationPoint).Description("Whether removing it disconnects its component of the collaboration graph.");
        Field(x => x.Score).Description("Isolation score in [0, 1]: mean of unmet share, 1/(1+partners) and component remoteness (docs/analytics.md).");
    }
}

/// <summary>GraphQL <c>Bridge</c>.</summary>
public sealed class BridgeType : ObjectGraphType<CollaborationBridge>
{
    /// <summary>Defines the fields.</summary>
    public BridgeType()
    {
        Name = "Bridge";
        Description = "A collaboration tie whose loss would split its component.";
        Field<NonNullGraphType<OfficeType>>("a").Description("One office (the first by code).").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.A));
        Field<NonNullGraphType<OfficeType>>("b").Description("The other office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.B));
    }
}

/// <summary>The isolation answer, filtered to what was asked.</summary>
/// <param name="Offices">The offices listed.</param>
/// <param name="Result">The whole result.</param>
public sealed record IsolationAnswer(IReadOnlyList<OfficeIsolation> Offices, IsolationResult Result);

/// <summary>GraphQL <c>IsolationReport</c>.</summary>
public sealed class IsolationReportType : ObjectGraphType<IsolationAnswer>
{
    /// <summary>Defines the fields.</summary>
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
