namespace CoopGraph.Analytics.Views;

/// <summary>An edge of a view.</summary>
/// <param name="Source">Source node id.</param>
/// <param name="Target">Target node id.</param>
/// <param name="Kind"><c>SUPPORTS</c>, <c>COLLABORATES</c>, <c>REQUESTS</c> or <c>OFFERS</c>.</param>
/// <param name="Weight">Number of subjects behind the edge.</param>
/// <param name="Subjects">The subject ids behind it.</param>
/// <param name="SubjectNames">Their names, in the same order, so a tool shows words rather than ids.</param>
/// <param name="Areas">The distinct area ids of those subjects, in subject order.</param>
/// <param name="Rounds">For a dataset with rounds: the ids of the rounds (up to the view's) in which the edge exists; null without rounds.</param>
public sealed record ViewEdge(string Source, string Target, string Kind, int Weight, IReadOnlyList<string> Subjects, IReadOnlyList<string> SubjectNames, IReadOnlyList<string> Areas,
    IReadOnlyList<string>? Rounds = null);
