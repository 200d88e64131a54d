using CoopGraph.Analytics.Centrality;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Analytics;

/// <summary>One office's place in the ranking <c>centrality(metric:)</c> gives with its default arguments.</summary>
/// <param name="Metric">The measure ranked by.</param>
/// <param name="Entry">The office's entry of the ranking.</param>
/// <param name="OutOf">How many offices the ranking has.</param>
public sealed record OfficeRank(CentralityMeasure Metric, RankedOffice Entry, int OutOf);

/// <summary>GraphQL <c>OfficeRank</c>.</summary>
public sealed class OfficeRankType : ObjectGraphType<OfficeRank>
{
    /// <summary>Defines the fields.</summary>
    public OfficeRankType()
    {
        Name = "OfficeRank";
        Description = "An office's place in `centrality(metric:)` with its default arguments (normalized, betweenness by hop count), without the whole ranking.";
        Field<NonNullGraphType<CentralityMetricType>>("metric").Description("The measure ranked by.").Resolve(ctx => ctx.Source.Metric);
        Field<NonNullGraphType<IntGraphType>>("rank").Description("1 for the highest value; equal values are ordered by office code (as in `centrality`).").Resolve(ctx => ctx.Source.Entry.Rank);
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The value of the ranked metric.").Resolve(ctx => ctx.Source.Entry.Value);
        Field<NonNullGraphType<IntGraphType>>("outOf").Description("How many offices the ranking has.").Resolve(ctx => ctx.Source.OutOf);
    }
}
