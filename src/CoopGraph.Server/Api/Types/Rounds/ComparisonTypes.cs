using CoopGraph.Analytics.Rounds;
using CoopGraph.Server.Api.Types.Analytics;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Rounds;

/// <summary>GraphQL <c>EdgeDifference</c>.</summary>
public sealed class EdgeDifferenceType : ObjectGraphType<EdgeDifference>
{
    /// <summary>Defines the fields.</summary>
    public EdgeDifferenceType()
    {
        Name = "EdgeDifference";
        Description = "A request or offer one round has and the other has not, with its provenance.";
        Field(x => x.Role).Description("request or offer.");
        Field(x => x.Office).Description("Office code.");
        Field(x => x.Subject).Description("Subject id.");
        Field(x => x.Source).Description("Its source in the round that has it (e.g. policy#1: area table, row).");
        Field(x => x.Confidence).Description("Its confidence there: high, medium or low.");
        Field(x => x.Note, nullable: true).Description("Its note there.");
        Field(x => x.Line, nullable: true).Description("The source line the dataset cites for this difference (Lima: the report's text dump), when it cites one.");
        Field(x => x.Quote, nullable: true).Description("The cited words.");
    }
}

/// <summary>GraphQL <c>SubjectStatusChange</c>.</summary>
public sealed class SubjectStatusChangeType : ObjectGraphType<SubjectStatusChange>
{
    /// <summary>Defines the fields.</summary>
    public SubjectStatusChangeType()
    {
        Name = "SubjectStatusChange";
        Description = "A subject whose need status differs between the two rounds.";
        Field(x => x.Subject).Description("Subject id.");
        Field(x => x.Area).Description("Area id.");
        Field<NonNullGraphType<NeedStatusType>>("from").Description("Status in the first round.").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<NeedStatusType>>("to").Description("Status in the second round.").Resolve(ctx => ctx.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("offerersFrom").Description("Offering office codes in the first round.").Resolve(ctx => ctx.Source.OfferersFrom);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("offerersTo").Description("Offering office codes in the second round.").Resolve(ctx => ctx.Source.OfferersTo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("requestersFrom").Description("Requesting office codes in the first round.").Resolve(ctx => ctx.Source.RequestersFrom);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("requestersTo").Description("Requesting office codes in the second round.").Resolve(ctx => ctx.Source.RequestersTo);
    }
}

/// <summary>GraphQL <c>OfficeIsolationChange</c>.</summary>
public sealed class OfficeIsolationChangeType : ObjectGraphType<OfficeIsolationChange>
{
    /// <summary>Defines the fields.</summary>
    public OfficeIsolationChangeType()
    {
        Name = "OfficeIsolationChange";
        Description = "An office whose isolation flags, score or supporters differ between the two rounds.";
        Field(x => x.Office).Description("Office code.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IsolationSignType>>>>("flagsFrom").Description("Flags in the first round.").Resolve(ctx => ctx.Source.FlagsFrom);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IsolationSignType>>>>("flagsTo").Description("Flags in the second round.").Resolve(ctx => ctx.Source.FlagsTo);
        Field(x => x.ScoreFrom).Description("Isolation score in the first round.");
        Field(x => x.ScoreTo).Description("Isolation score in the second round.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("supportersGained").Description("Offices that can help it in the second round only.").Resolve(ctx => ctx.Source.SupportersGained);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("supportersLost").Description("Offices that could help it in the first round only.").Resolve(ctx => ctx.Source.SupportersLost);
    }
}

/// <summary>GraphQL <c>RankMove</c>.</summary>
public sealed class RankMoveType : ObjectGraphType<RankMove>
{
    /// <summary>Defines the fields.</summary>
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

/// <summary>GraphQL <c>OfficePair</c>.</summary>
public sealed class OfficePairType : ObjectGraphType<OfficePair>
{
    /// <summary>Defines the fields.</summary>
    public OfficePairType()
    {
        Name = "OfficePair";
        Description = "Two offices that can each help the other on some subject; a sorts before b.";
        Field(x => x.A).Description("One office code.");
        Field(x => x.B).Description("The other office code.");
    }
}

/// <summary>GraphQL <c>PlanCoverage</c>.</summary>
public sealed class PlanCoverageType : ObjectGraphType<PlanCoverage>
{
    /// <summary>Defines the fields.</summary>
    public PlanCoverageType()
    {
        Name = "PlanCoverage";
        Description = "The match plan's figures in one round, at the default capacity (as `matchPlan`).";
        Field(x => x.Capacity).Description("Requests one office can take on.");
        Field(x => x.Requests).Description("Requests considered.");
        Field(x => x.Coverable).Description("Requests some other office offers.");
        Field(x => x.Assigned).Description("Requests the plan covers.");
        Field(x => x.CoveragePercent).Description("100 · assigned / requests.");
    }
}

/// <summary>GraphQL <c>RoundComparison</c>.</summary>
public sealed class RoundComparisonType : ObjectGraphType<RoundComparison>
{
    /// <summary>Defines the fields.</summary>
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
