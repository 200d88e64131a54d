using CoopGraph.Analytics.Isolation;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>OfficeIsolation</c>.</summary>
public sealed class OfficeIsolationType : ObjectGraphType<OfficeIsolation>
{
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
