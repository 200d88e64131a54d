using CoopGraph.Analytics.Isolation;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>The isolation answer, filtered to what was asked.</summary>
/// <param name="Offices">The offices listed.</param>
/// <param name="Result">The whole result.</param>
public sealed record IsolationAnswer(IReadOnlyList<OfficeIsolation> Offices, IsolationResult Result);
