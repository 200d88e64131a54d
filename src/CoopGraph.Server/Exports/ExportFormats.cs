using CoopGraph.Analytics;
using CoopGraph.Analytics.Views;
using CoopGraph.Domain;
using CoopGraph.Domain.Formats;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Server.Exports;

/// <summary>Every export format by name, for <c>coopgraph export --format</c> and <c>GET /export/{format}</c>.</summary>
public static class ExportFormats
{
    /// <summary>A format: its media type, file extension and writer.</summary>
    /// <param name="MediaType">The HTTP content type.</param>
    /// <param name="Extension">The file extension, with the dot; distinct for every format, so downloads never collide.</param>
    /// <param name="WriteDataset">Writes the whole dataset (json, csv, cypher), or null for a view format.</param>
    /// <param name="WriteView">Writes a view with its metrics (graphml, gexf, ...), or null for a dataset format.</param>
    public sealed record Format(string MediaType, string Extension, Func<Dataset, string>? WriteDataset, Func<NetworkView, string>? WriteView)
    {
        /// <summary>Whether the format draws a view (and so takes a view, an area and a subject).</summary>
        public bool IsView => WriteView is not null;
    }

    /// <summary>The formats: the dataset formats (json, csv, cypher) and the visualization formats of a view.</summary>
    public static IReadOnlyDictionary<string, Format> All { get; } = new Dictionary<string, Format>(StringComparer.Ordinal)
    {
        ["json"] = new("application/json", ".json", DatasetJson.Serialize, null),
        ["csv"] = new("text/csv", ".csv", DatasetCsv.Serialize, null),
        ["cypher"] = new("text/plain", ".cypher", CypherScript.Write, null),
        ["graphml"] = new("application/graphml+xml", ".graphml", null, GraphMlWriter.Write),
        ["gexf"] = new("application/gexf+xml", ".gexf", null, GexfWriter.Write),
        ["cytoscape"] = new("application/json", ".cyjs", null, CytoscapeWriter.Write),
        ["kumu"] = new("application/json", ".kumu.json", null, KumuWriter.Write),
        ["gephi-edges"] = new("text/csv", ".edges.csv", null, GephiCsvWriter.Edges),
        ["gephi-nodes"] = new("text/csv", ".nodes.csv", null, GephiCsvWriter.Nodes),
        ["dot"] = new("text/vnd.graphviz", ".dot", null, DotWriter.Write),
        ["node-link"] = new("application/json", ".node-link.json", null, NodeLinkWriter.Write),
    };

    /// <summary>Which view of which part of the network a view format draws; all null for the whole dataset.</summary>
    /// <param name="View">The view, or null for the default (support).</param>
    /// <param name="Area">Only subjects of this area id.</param>
    /// <param name="Subject">Only this subject id.</param>
    public sealed record Scope(ViewKind? View = null, string? Area = null, string? Subject = null)
    {
        /// <summary>Whether anything narrows or chooses the view.</summary>
        public bool IsGiven => View is not null || Area is not null || Subject is not null;
    }

    /// <summary>
    /// Why <paramref name="scope"/> cannot be exported in <paramref name="format"/> from the dataset <paramref name="names"/> index, as the
    /// argument at fault (<c>view</c>, <c>area</c> or <c>subject</c>) and a message; null when it can.
    /// </summary>
    public static (string Argument, string Message)? Problem(Format format, Scope scope, DatasetNames names)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(names);
        if (!format.IsView && scope.IsGiven)
        {
            var argument = scope.View is not null ? "view" : scope.Area is not null ? "area" : "subject";
            return (argument, $"the dataset formats ({string.Join(", ", All.Where(f => !f.Value.IsView).Select(f => f.Key))}) export the whole dataset; {argument} applies to the view formats");
        }

        if (scope.Area is { } area && names.Area(area) is null)
        {
            return ("area", names.NoArea(area));
        }

        return scope.Subject is { } subject && names.Subject(subject) is null ? ("subject", $"no subject '{subject}'") : null;
    }

    /// <summary>The view named <paramref name="text"/> (case-insensitive), or null: only names, never numbers.</summary>
    public static ViewKind? ParseView(string text) =>
        Enum.GetValues<ViewKind>().Cast<ViewKind?>().FirstOrDefault(v => v.ToString()!.Equals(text, StringComparison.OrdinalIgnoreCase));

    /// <summary>Writes the analysed dataset in <paramref name="format"/>; the scope must have no <see cref="Problem"/>.</summary>
    public static string Write(this Format format, NetworkAnalysis analysis, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(scope);
        return format.WriteView is { } view
            ? view(NetworkView.Build(analysis, scope.View ?? ViewKind.Support, scope.Area, scope.Subject))
            : format.WriteDataset!(analysis.Snapshot.Dataset);
    }

    /// <summary>Writes <paramref name="dataset"/> in <paramref name="format"/> (a view format draws <paramref name="view"/>).</summary>
    public static string Write(Dataset dataset, string format, ViewKind view = ViewKind.Support)
    {
        var f = All[format];
        return f.IsView ? f.WriteView!(NetworkView.Build(NetworkAnalysis.Of(dataset), view)) : f.WriteDataset!(dataset);
    }

    /// <summary>
    /// The download name: the dataset's name, then for a view format the view and any area and subject, then the
    /// extension (<c>Reunión de Lima 2022-support-policy.graphml</c>). Path separators become <c>_</c>.
    /// </summary>
    public static string FileName(Dataset dataset, Format format, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(scope);
        var parts = new List<string> { dataset.Name };
        if (format.IsView)
        {
            parts.Add((scope.View ?? ViewKind.Support).ToString().ToLowerInvariant());
            parts.AddRange(new[] { scope.Area, scope.Subject }.OfType<string>());
        }

        return string.Join('-', parts).Replace('/', '_').Replace('\\', '_') + format.Extension;
    }
}
