namespace CoopGraph.Server.Api.Types;

/// <summary>The formats <c>importDataset</c> reads.</summary>
public enum DatasetFormat
{
    /// <summary>The canonical JSON format.</summary>
    Json,

    /// <summary>The CSV edge list, read against the current dataset.</summary>
    Csv,
}
