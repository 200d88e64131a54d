using CoopGraph.Analytics.Isolation;
using CoopGraph.Analytics.Needs;

namespace CoopGraph.Analytics.Rounds;

/// <summary>A request or offer one round has and the other has not, with its provenance.</summary>
/// <param name="Role"><c>request</c> or <c>offer</c>.</param>
/// <param name="Office">Office code.</param>
/// <param name="Subject">Subject id.</param>
/// <param name="Source">Its source in the round that has it (e.g. <c>policy#1</c>).</param>
/// <param name="Confidence">Its confidence there.</param>
/// <param name="Note">Its note there.</param>
/// <param name="Line">The source line the dataset cites for the difference (for Lima: the report's text dump), when it cites one.</param>
/// <param name="Quote">The cited words.</param>
public sealed record EdgeDifference(string Role, string Office, string Subject, string Source, string Confidence, string? Note, int? Line, string? Quote);

/// <summary>A subject whose need status differs between the rounds.</summary>
/// <param name="Subject">Subject id.</param>
/// <param name="Area">Area id.</param>
/// <param name="From">Status in the first round.</param>
/// <param name="To">Status in the second round.</param>
/// <param name="RequestersFrom">Requesting offices in the first round.</param>
/// <param name="RequestersTo">Requesting offices in the second round.</param>
/// <param name="OfferersFrom">Offering offices in the first round.</param>
/// <param name="OfferersTo">Offering offices in the second round.</param>
public sealed record SubjectStatusChange(
    string Subject, string Area, NeedStatus From, NeedStatus To,
    IReadOnlyList<string> RequestersFrom, IReadOnlyList<string> RequestersTo, IReadOnlyList<string> OfferersFrom, IReadOnlyList<string> OfferersTo);

/// <summary>An office whose isolation flags, score or supporters differ between the rounds.</summary>
/// <param name="Office">Office code.</param>
/// <param name="FlagsFrom">Flags in the first round.</param>
/// <param name="FlagsTo">Flags in the second round.</param>
/// <param name="ScoreFrom">Isolation score in the first round.</param>
/// <param name="ScoreTo">Isolation score in the second round.</param>
/// <param name="SupportersGained">Offices that can help it in the second round only.</param>
/// <param name="SupportersLost">Offices that could help it in the first round only.</param>
public sealed record OfficeIsolationChange(
    string Office, IReadOnlyList<IsolationSign> FlagsFrom, IReadOnlyList<IsolationSign> FlagsTo, double ScoreFrom, double ScoreTo,
    IReadOnlyList<string> SupportersGained, IReadOnlyList<string> SupportersLost);

/// <summary>An office whose PageRank rank differs between the rounds (rank 1 = highest PageRank; ties by code).</summary>
/// <param name="Office">Office code.</param>
/// <param name="RankFrom">Rank in the first round.</param>
/// <param name="RankTo">Rank in the second round.</param>
/// <param name="PageRankFrom">PageRank in the first round.</param>
/// <param name="PageRankTo">PageRank in the second round.</param>
public sealed record RankMove(string Office, int RankFrom, int RankTo, double PageRankFrom, double PageRankTo)
{
    /// <summary>Places gained (positive) or lost (negative).</summary>
    public int Move => RankFrom - RankTo;
}

/// <summary>A pair of offices that can each help the other on some subject; <see cref="A"/> sorts before <see cref="B"/>.</summary>
/// <param name="A">One office code.</param>
/// <param name="B">The other office code.</param>
public sealed record OfficePair(string A, string B);

/// <summary>The match plan's figures in one round (default capacity, as the <c>matchPlan</c> question).</summary>
/// <param name="Capacity">Requests one office can take on.</param>
/// <param name="Requests">Requests considered.</param>
/// <param name="Coverable">Requests some other office offers.</param>
/// <param name="Assigned">Requests the plan covers.</param>
/// <param name="CoveragePercent">100 · Assigned / Requests.</param>
public sealed record PlanCoverage(int Capacity, int Requests, int Coverable, int Assigned, double CoveragePercent);

/// <summary>
/// What changed from one round to another. Every figure is read off the two rounds' own analyses (needs, isolation,
/// PageRank, reciprocal pairs, match plan); the dataset's citations only explain the added and withdrawn edges.
/// </summary>
/// <param name="From">The first round's id.</param>
/// <param name="To">The second round's id.</param>
/// <param name="Added">Requests and offers the second round has and the first has not.</param>
/// <param name="Withdrawn">Requests and offers the first round has and the second has not.</param>
/// <param name="Subjects">Subjects whose status changed.</param>
/// <param name="Offices">Offices whose isolation flags, score or supporters changed.</param>
/// <param name="RankMovers">The offices whose PageRank rank moved most (at most the number asked for).</param>
/// <param name="PairsGained">Reciprocal pairs of the second round only.</param>
/// <param name="PairsLost">Reciprocal pairs of the first round only.</param>
/// <param name="CoverageFrom">Match-plan coverage in the first round.</param>
/// <param name="CoverageTo">Match-plan coverage in the second round.</param>
public sealed record RoundComparison(
    string From,
    string To,
    IReadOnlyList<EdgeDifference> Added,
    IReadOnlyList<EdgeDifference> Withdrawn,
    IReadOnlyList<SubjectStatusChange> Subjects,
    IReadOnlyList<OfficeIsolationChange> Offices,
    IReadOnlyList<RankMove> RankMovers,
    IReadOnlyList<OfficePair> PairsGained,
    IReadOnlyList<OfficePair> PairsLost,
    PlanCoverage CoverageFrom,
    PlanCoverage CoverageTo);
