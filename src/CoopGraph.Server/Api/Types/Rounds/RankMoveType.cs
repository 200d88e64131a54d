using CoopGraph.Analytics.Rounds;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Rounds;

/// <summary>GraphQL <c>RankMove</c>.</summary>
public sealed class RankMoveType : ObjectGraphType<RankMove>
{
    public RankMoveType()
    {
        Name = "RankMove";
        Description = "An office whose PageRank rank moved (rank 1 = highest PageRank; ties by code).";
        Field(x => x.Office).Description("Office code.");
        Field(x => x.RankFrom).Description("Rank in the first round.");
        Field(x => x.RankTo).Description("Rank in the second round.");
        Field(x => x.Move).Description("Places gained (positive) or lost (negative).");
        Field(x => x.PageRankFrom).Description("PageRank in the first round.");
        Field(x => x.PageRankTo).Description("PageRank in the second round.");
    }
}
