using CoopGraph.Analytics;
using CoopGraph.Analytics.Needs;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>A subject's need with the result it belongs to (for its evidence).</summary>
/// <param name="Need">The subject's need.</param>
/// <param name="Evidence">The evidence of the whole needs analysis.</param>
public sealed record SubjectNeedAnswer(SubjectNeed Need, Evidence Evidence);
