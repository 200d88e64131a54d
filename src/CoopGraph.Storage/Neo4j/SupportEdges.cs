namespace CoopGraph.Storage.Neo4j;

/// <summary>
/// A derived <c>(:Office)-[:CAN_SUPPORT {weight, subjects}]-&gt;(:Office)</c> edge, as the analytics' support graph
/// computes it (the store only writes it, so the definition lives in one place).
/// </summary>
/// <param name="From">The office that offers.</param>
/// <param name="To">The office that requests.</param>
/// <param name="Subjects">The subjects one offers and the other requests.</param>
public sealed record SupportEdge(string From, string To, IReadOnlyList<string> Subjects)
{
    /// <summary>The number of subjects.</summary>
    public int Weight => Subjects.Count;
}
