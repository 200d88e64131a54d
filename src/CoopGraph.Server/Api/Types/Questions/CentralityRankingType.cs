using CoopGraph.Analytics.Centrality;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>CentralityRanking</c>.</summary>
public sealed class CentralityRankingType : ObjectGraphType<CentralityRanking>
{
    public CentralityRankingType()
    {
        Name = "CentralityRanking";
        Description = "Offices ranked by one centrality measure, with the evidence.";
        Field<NonNullGraphType<CentralityMetricType>>("metric").Description("The measure ranked by.").Resolve(ctx => ctx.Source.Metric);
        Field(x => x.Normalized).Description("Whether degrees and betweenness are normalized.");
        Field<NonNullGraphType<BooleanGraphType>>("weightedBetweenness").Description("Whether betweenness used edge length 1/weight.").Resolve(ctx => ctx.Source.WeightedBetweenness);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankedOfficeType>>>>("ranking").Description("The offices, highest value first.").Resolve(ctx => ctx.Source.Ranking);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("The ranked measure's algorithm and parameters, dataset version and support edges.").Resolve(ctx => ctx.Source.Evidence);
    }
}
