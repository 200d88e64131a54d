using CoopGraph.Analytics.Centrality;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>CentralityMetric</c>: the analytics' own <see cref="CentralityMeasure"/>, described for API users.</summary>
public sealed class CentralityMetricType : EnumerationGraphType<CentralityMeasure>
{
    /// <summary>Names the type.</summary>
    public CentralityMetricType()
    {
        Name = "CentralityMetric";
        Description = "A centrality measure on the support graph, where A→B means A offers a subject B requests (NetworkX 3.x definitions; see docs/analytics.md).";
        this.Describe("IN_DEGREE", "How many offices can help it (its supporters); divided by n−1 when normalized.");
        this.Describe("OUT_DEGREE", "How many offices it can help; divided by n−1 when normalized.");
        this.Describe("IN_STRENGTH", "How many ways it can be helped: over its supporters, the number of subjects each can help it with, summed.");
        this.Describe("OUT_STRENGTH", "How many ways it can help: over the offices it can help, the number of subjects it can help each with, summed.");
        this.Describe("BETWEENNESS", "How often it lies on the shortest chains of support between two other offices: a broker whose loss lengthens or breaks chains. Share of office pairs when normalized (divided by (n−1)(n−2)), a raw count otherwise; counted in hops unless `weighted`.");
        this.Describe("CLOSENESS", "How few hops the offices that can reach it by a chain of support need, scaled by how many can reach it (Wasserman–Faust); 0 when no office can reach it.");
        this.Describe("HARMONIC", "Sum of 1/hops over the offices that can reach it by a chain of support: like closeness, but offices that cannot reach it simply add nothing.");
        this.Describe("PAGE_RANK", "How much help flows to it: high when many offices can help it, above all offices that are themselves well supported (subject-weighted, α = 0.85; scores sum to 1).");
        this.Describe("HUB", "HITS hub score: high when it can help the offices that many strong helpers also help, i.e. a broad giver (subject-weighted; scores sum to 1).");
        this.Describe("AUTHORITY", "HITS authority score: high when the offices with high hub scores can help it, i.e. a recipient of the strongest givers (subject-weighted; scores sum to 1).");
    }
}
