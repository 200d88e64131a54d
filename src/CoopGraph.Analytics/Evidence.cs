using CoopGraph.Domain;

namespace CoopGraph.Analytics;

/// <summary>What a result rests on, so a reader can check it: the algorithm, its parameters, the exact dataset and the edges.</summary>
/// <param name="Algorithm">Name of the algorithm, e.g. <c>Brandes betweenness (directed, normalized)</c>.</param>
/// <param name="Parameters">Parameter values, by name, as text.</param>
/// <param name="DatasetVersion">The snapshot's dataset version (content hash, <see cref="Domain.Dataset.Version"/>).</param>
/// <param name="Edges">The support edges behind the scores or the path (empty when the result rests on the bipartite graph alone).</param>
public sealed record Evidence(
    string Algorithm,
    IReadOnlyDictionary<string, string> Parameters,
    string DatasetVersion,
    IReadOnlyList<SupportEdge> Edges);
