using CoopGraph.Analytics.WhatIf;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>CentralityDelta</c>.</summary>
public sealed class CentralityDeltaType : ObjectGraphType<CentralityDelta>
{
    public CentralityDeltaType()
    {
        Name = "CentralityDelta";
        Description = "Scenario minus current centrality of an office present in both.";
        Field<NonNullGraphType<IdGraphType>>("office").Description("Office code.").Resolve(ctx => ctx.Source.Office);
        Field(x => x.InDegree).Description("Change of in-degree.");
        Field(x => x.OutDegree).Description("Change of out-degree.");
        Field(x => x.Betweenness).Description("Change of betweenness.");
        Field(x => x.Closeness).Description("Change of closeness.");
        Field(x => x.Harmonic).Description("Change of harmonic centrality.");
        Field(x => x.PageRank).Description("Change of PageRank.");
    }
}
