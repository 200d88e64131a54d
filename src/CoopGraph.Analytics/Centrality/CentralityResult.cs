namespace CoopGraph.Analytics.Centrality;

/// <summary>Which centrality variant to compute.</summary>
/// <param name="WeightedBetweenness">Betweenness on edge length 1/w (strong ties are short) instead of hop count.</param>
/// <param name="ExactBetweenness">
/// Exact betweenness whatever the size; by default it is estimated by sampling (with the bound in the evidence) when
/// offices × support edges exceed 1e10, and the evidence says how long exact would take.
/// </param>
public sealed record CentralityOptions(bool WeightedBetweenness = false, bool ExactBetweenness = false);

/// <summary>Centrality of one office on the support graph, with NetworkX 3.x definitions (see docs/analytics.md).</summary>
/// <param name="Code">Office code.</param>
/// <param name="InDegree">Offices that can help it.</param>
/// <param name="OutDegree">Offices it can help.</param>
/// <param name="InStrength">Sum of the weights of its in-edges (subject-links by which it can be helped).</param>
/// <param name="OutStrength">Sum of the weights of its out-edges.</param>
/// <param name="Betweenness">Brandes betweenness, directed, normalized by (n−1)(n−2); estimated on large networks (see the evidence).</param>
/// <param name="Closeness">Closeness by distance to the office, Wasserman–Faust corrected.</param>
/// <param name="Harmonic">Sum over other offices u of 1/d(u, office).</param>
/// <param name="PageRank">PageRank, α = 0.85, weighted, dangling mass spread uniformly; sums to 1.</param>
/// <param name="Hub">HITS hub score (weighted; scores sum to 1).</param>
/// <param name="Authority">HITS authority score (weighted; scores sum to 1).</param>
public sealed record OfficeCentrality(
    string Code,
    int InDegree,
    int OutDegree,
    int InStrength,
    int OutStrength,
    double Betweenness,
    double Closeness,
    double Harmonic,
    double PageRank,
    double Hub,
    double Authority);

/// <summary>Centrality of every office (in office-code order).</summary>
/// <param name="Offices">One entry per office.</param>
/// <param name="WeightedBetweenness">Whether betweenness used edge length 1/w.</param>
/// <param name="Evidence">Algorithms, parameters, convergence and the support edges the scores rest on.</param>
public sealed record CentralityResult(IReadOnlyList<OfficeCentrality> Offices, bool WeightedBetweenness, Evidence Evidence)
{
    /// <summary>The entry of office <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such office.</exception>
    public OfficeCentrality this[string code] =>
        Offices.FirstOrDefault(o => o.Code == code) ?? throw new KeyNotFoundException($"unknown office '{code}'");
}

/// <summary>One centrality measure of every office (in office-code order), computed on its own.</summary>
/// <param name="Offices">(code, value) per office.</param>
/// <param name="Evidence">Algorithm and parameters; no edges (computed on the bipartite graph).</param>
public sealed record OfficeScores(IReadOnlyList<(string Code, double Value)> Offices, Evidence Evidence);
