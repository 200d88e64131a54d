using CoopGraph.Analytics.Centrality;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>OfficeCentrality</c>.</summary>
public sealed class OfficeCentralityType : ObjectGraphType<OfficeCentrality>
{
    public OfficeCentralityType()
    {
        Name = "OfficeCentrality";
        Description = "Every centrality measure of one office on the support graph (NetworkX 3.x definitions).";
        Field<NonNullGraphType<OfficeType>>("office").Description("The office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Code));
        Field(x => x.InDegree).Description("Number of offices that can help it (a count; `centrality(normalized: true)` divides it by n−1).");
        Field(x => x.OutDegree).Description("Number of offices it can help (a count; `centrality(normalized: true)` divides it by n−1).");
        Field(x => x.InStrength).Description("Sum of the weights of its in-edges (subject-links by which it can be helped).");
        Field(x => x.OutStrength).Description("Sum of the weights of its out-edges.");
        Field(x => x.Betweenness).Description("Brandes betweenness, directed, normalized by (n−1)(n−2); by hop count unless the ranking asked for `weighted`.");
        Field(x => x.Closeness).Description("Closeness by distance to the office, Wasserman–Faust corrected.");
        Field(x => x.Harmonic).Description("Sum of 1/hops over the other offices that can reach it by a chain of support.");
        Field(x => x.PageRank).Description("PageRank, α = 0.85, weighted, dangling mass spread uniformly; sums to 1.");
        Field(x => x.Hub).Description("HITS hub score (weighted; scores sum to 1).");
        Field(x => x.Authority).Description("HITS authority score (weighted; scores sum to 1).");
    }
}
