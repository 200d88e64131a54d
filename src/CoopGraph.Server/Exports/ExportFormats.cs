using CoopGraph.Analytics;
using CoopGraph.Domain;
using CoopGraph.Domain.Formats;

namespace CoopGraph.Server.Exports;

/// <summary>Every export format by name, for <c>coopgraph export --format</c> and <c>GET /export/{format}</c>.</summary>
public static class ExportFormats
{
    /// <summary>A format: its media type, file extension and writer.</summary>
    /// <param name="MediaType">The HTTP content type.</param>
    /// <param name="Extension">The file extension, with the dot.</param>
    /// <param name="Write">Writes the dataset (and its analytics, for the visualization formats) in the format.</param>
    public sealed record Format(string MediaType, string Extension, Func<NetworkAnalysis, ViewKind, string> Write);

    /// <summary>The formats: the two dataset formats and the visualization formats of a view.</summary>
    public static IReadOnlyDictionary<string, Format> All { get; } = new Dictionary<string, Format>(StringComparer.Ordinal)
    {
        ["json"] = new("application/json", ".json", (a, _) => DatasetJson.Serialize(a.Snapshot.Dataset)),
        ["csv"] = new("text/csv", ".csv", (a, _) => DatasetCsv.Serialize(a.Snapshot.Dataset)),
        ["graphml"] = new("application/graphml+xml", ".graphml", (a, v) => GraphMlWriter.Write(NetworkView.Build(a, v))),
        ["gexf"] = new("application/gexf+xml", ".gexf", (a, v) => GexfWriter.Write(NetworkView.Build(a, v))),
        ["cytoscape"] = new("application/json", ".cyjs", (a, v) => CytoscapeWriter.Write(NetworkView.Build(a, v))),
        ["kumu"] = new("application/json", ".kumu.json", (a, v) => KumuWriter.Write(NetworkView.Build(a, v))),
        ["gephi-edges"] = new("text/csv", ".edges.csv", (a, v) => GephiCsvWriter.Edges(NetworkView.Build(a, v))),
        ["gephi-nodes"] = new("text/csv", ".nodes.csv", (a, v) => GephiCsvWriter.Nodes(NetworkView.Build(a, v))),
        ["dot"] = new("text/vnd.graphviz", ".dot", (a, v) => DotWriter.Write(NetworkView.Build(a, v))),
        ["node-link"] = new("application/json", ".json", (a, v) => NodeLinkWriter.Write(NetworkView.Build(a, v))),
    };

    /// <summary>Writes <paramref name="dataset"/> in <paramref name="format"/>.</summary>
    public static string Write(Dataset dataset, string format, ViewKind view = ViewKind.Support) =>
        All[format].Write(NetworkAnalysis.Of(dataset), view);
}
