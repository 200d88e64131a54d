using CoopGraph.Analytics.Centrality;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>RankedOffice</c>.</summary>
public sealed class RankedOfficeType : ObjectGraphType<RankedOffice>
{
    public RankedOfficeType()
    {
        Name = "RankedOffice";
        Description = "An office's place in a centrality ranking.";
        Field(x => x.Rank).Description("1 for the highest value; equal values are ordered by office code.");
        Field<NonNullGraphType<OfficeType>>("office").Description("The office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Code));
        Field(x => x.Value).Description("The value of the ranked metric.");
        Field<NonNullGraphType<OfficeCentralityType>>("scores")
            .Description("Every centrality measure of the office (computes them all, betweenness included, the first time any ranking asks).")
            .Resolve(ctx => ctx.Snapshot().Analysis.Centrality(new CentralityOptions(ctx.Source.WeightedBetweenness))[ctx.Source.Code]);
    }
}
