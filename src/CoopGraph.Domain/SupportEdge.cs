namespace CoopGraph.Domain;

/// <summary>
/// An edge of the support graph: <paramref name="From"/> offers what <paramref name="To"/> requests. The analytics
/// compute these, results cite them as evidence, and <c>sync --with-analytics</c> writes them to Neo4j as
/// <c>(:Office)-[:CAN_SUPPORT {weight, subjects}]-&gt;(:Office)</c>: one definition for all three.
/// </summary>
/// <param name="From">Code of the office that can help.</param>
/// <param name="To">Code of the office that is helped.</param>
/// <param name="Weight">Number of subjects behind the edge.</param>
/// <param name="Subjects">Ids of those subjects, in dataset order.</param>
public sealed record SupportEdge(string From, string To, int Weight, IReadOnlyList<string> Subjects);
