namespace CoopGraph.Analytics.Views;

/// <summary>Which graph a view draws.</summary>
public enum ViewKind
{
    /// <summary>Offices; A→B when A offers what B requests (weight = subjects).</summary>
    Support,

    /// <summary>Offices and subjects; office→subject edges labelled REQUESTS or OFFERS.</summary>
    Bipartite,

    /// <summary>Offices; undirected A–B when either can help the other (weight = subjects both ways).</summary>
    Collaboration,
}
