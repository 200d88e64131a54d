namespace CoopGraph.Domain.Formats;

/// <summary>What <see cref="JsonBytes.NextField"/> or <see cref="JsonBytes.NextItem"/> found.</summary>
internal enum JsonStep
{
    /// <summary>A field (its name given) or an array item: the position is at its value.</summary>
    Value,

    /// <summary>The object's or array's closing bracket (consumed).</summary>
    End,

    /// <summary>Anything else: the scan is declined.</summary>
    Declined,
}
