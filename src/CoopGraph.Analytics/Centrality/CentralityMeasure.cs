namespace CoopGraph.Analytics.Centrality;

/// <summary>One centrality measure of the support graph (NetworkX 3.x definitions, docs/analytics.md).</summary>
public enum CentralityMeasure
{
    /// <summary>Offices that can help it (a count).</summary>
    InDegree,

    /// <summary>Offices it can help (a count).</summary>
    OutDegree,

    /// <summary>Subject-links by which it can be helped.</summary>
    InStrength,

    /// <summary>Subject-links by which it can help.</summary>
    OutStrength,

    /// <summary>Brandes betweenness, normalized by (n−1)(n−2); estimated on large networks.</summary>
    Betweenness,

    /// <summary>Closeness (incoming distance, Wasserman–Faust).</summary>
    Closeness,

    /// <summary>Harmonic centrality (incoming).</summary>
    Harmonic,

    /// <summary>PageRank.</summary>
    PageRank,

    /// <summary>HITS hub score.</summary>
    Hub,

    /// <summary>HITS authority score.</summary>
    Authority,
}
