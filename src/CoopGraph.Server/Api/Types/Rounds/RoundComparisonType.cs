using CoopGraph.Analytics.Rounds;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Rounds;

/// <summary>GraphQL <c>RoundComparison</c>.</summary>
public sealed class RoundComparisonType : ObjectGraphType<RoundComparison>
{
    public RoundComparisonType()
    {
        Name = "RoundComparison";
        Description = "What changed from one round to another; every figure is read off the two rounds' own analyses.";
        Field(x => x.From).Description("The first round's id.");
        Field(x => x.To).Description("The second round's id.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeDifferenceType>>>>("added").Description("Requests and offers of the second round only.").Resolve(ctx => ctx.Source.Added);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeDifferenceType>>>>("withdrawn").Description("Requests and offers of the first round only.").Resolve(ctx => ctx.Source.Withdrawn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectStatusChangeType>>>>("subjects").Description("Subjects whose status changed.").Resolve(ctx => ctx.Source.Subjects);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeIsolationChangeType>>>>("offices").Description("Offices whose isolation flags, score or supporters changed.").Resolve(ctx => ctx.Source.Offices);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankMoveType>>>>("rankMovers").Description("The offices whose PageRank rank moved most.").Resolve(ctx => ctx.Source.RankMovers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficePairType>>>>("pairsGained").Description("Reciprocal pairs of the second round only.").Resolve(ctx => ctx.Source.PairsGained);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficePairType>>>>("pairsLost").Description("Reciprocal pairs of the first round only.").Resolve(ctx => ctx.Source.PairsLost);
        Field<NonNullGraphType<PlanCoverageType>>("coverageFrom").Description("Match-plan coverage in the first round.").Resolve(ctx => ctx.Source.CoverageFrom);
        Field<NonNullGraphType<PlanCoverageType>>("coverageTo").Description("Match-plan coverage in the second round.").Resolve(ctx => ctx.Source.CoverageTo);
    }
}
