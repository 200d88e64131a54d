namespace CoopGraph.Domain;

/// <summary>
/// <see cref="Confidence"/> as text, the way every format writes it (dataset JSON and CSV, SQLite, Neo4j, comparisons,
/// support links): <c>high</c>, <c>medium</c>, <c>low</c>.
/// </summary>
public static class ConfidenceText
{
    /// <summary>The text of <paramref name="confidence"/>.</summary>
    public static string Of(Confidence confidence) => confidence switch
    {
        Confidence.High => "high",
        Confidence.Medium => "medium",
        _ => "low",
    };
}
