namespace CoopGraph.Analytics.Isolation;

/// <summary>Warning signs of an office's isolation.</summary>
public enum IsolationSign
{
    /// <summary>It requests (non-cross-cutting) something no other office offers.</summary>
    NoSupport,

    /// <summary>It has no support edge at all, in or out.</summary>
    NoPartners,

    /// <summary>Exactly one office can help it.</summary>
    SingleSupporter,
}

/// <summary>How isolated one office is.</summary>
/// <param name="Code">Office code.</param>
/// <param name="Supporters">Offices that can help it (in-neighbours on the support graph), sorted.</param>
/// <param name="Supported">Offices it can help (out-neighbours), sorted.</param>
/// <param name="Flags">Flags that apply, in enum order.</param>
/// <param name="Component">Weakly connected component number (0-based, numbered by their first office in code order).</param>
/// <param name="ComponentSize">Offices in that component.</param>
/// <param name="ArticulationPoint">Whether removing it disconnects its component of the collaboration graph.</param>
/// <param name="Score">Isolation score in [0, 1] (docs/analytics.md): mean of unmet share, 1/(1+partners) and component remoteness.</param>
public sealed record OfficeIsolation(
    string Code,
    IReadOnlyList<string> Supporters,
    IReadOnlyList<string> Supported,
    IReadOnlyList<IsolationSign> Flags,
    int Component,
    int ComponentSize,
    bool ArticulationPoint,
    double Score);

/// <summary>An edge of the collaboration graph whose removal disconnects its component; <see cref="A"/> sorts before <see cref="B"/>.</summary>
/// <param name="A">One office code.</param>
/// <param name="B">The other office code.</param>
public sealed record CollaborationBridge(string A, string B);

/// <summary>Isolation of every office plus the structure of the collaboration graph.</summary>
/// <param name="Offices">One entry per office, in code order.</param>
/// <param name="Components">Weakly connected components (office codes sorted), by component number.</param>
/// <param name="ArticulationPoints">Articulation points of the collaboration graph, sorted.</param>
/// <param name="Bridges">Bridges of the collaboration graph, sorted.</param>
/// <param name="Evidence">Definitions and the support edges used.</param>
public sealed record IsolationResult(
    IReadOnlyList<OfficeIsolation> Offices,
    IReadOnlyList<IReadOnlyList<string>> Components,
    IReadOnlyList<string> ArticulationPoints,
    IReadOnlyList<CollaborationBridge> Bridges,
    Evidence Evidence)
{
    /// <summary>The entry of office <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such office.</exception>
    public OfficeIsolation this[string code] =>
        Offices.FirstOrDefault(o => o.Code == code) ?? throw new KeyNotFoundException($"unknown office '{code}'");
}
