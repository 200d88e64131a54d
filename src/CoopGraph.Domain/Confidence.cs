namespace CoopGraph.Domain;

/// <summary>How surely a source supports the direction (who asks, who offers) of a request or offer.</summary>
public enum Confidence
{
    /// <summary>A narrative sentence confirms the direction.</summary>
    High,

    /// <summary>The direction follows only from the table layout.</summary>
    Medium,

    /// <summary>The direction is a judgement call.</summary>
    Low,
}
