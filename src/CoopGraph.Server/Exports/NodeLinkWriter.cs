using System.Text.Json;
using CoopGraph.Analytics.Views;

namespace CoopGraph.Server.Exports;

/// <summary>Node-link JSON as NetworkX <c>node_link_data</c> writes it (D3 force layouts read it too).</summary>
public static class NodeLinkWriter
{
    /// <summary>The view as node-link JSON.</summary>
    public static string Write(NetworkView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var document = new Dictionary<string, object?>
        {
            ["directed"] = view.Directed,
            ["multigraph"] = view.Kind == ViewKind.Bipartite,
            ["graph"] = new Dictionary<string, object?> { ["view"] = view.Kind.ToString().ToUpperInvariant(), ["datasetVersion"] = view.Evidence.DatasetVersion, ["algorithm"] = view.Evidence.Algorithm },
            ["nodes"] = view.Nodes.Select(NodeData),
            ["edges"] = view.Edges.Select(e => new Dictionary<string, object?> { ["source"] = e.Source, ["target"] = e.Target, ["kind"] = e.Kind, ["weight"] = e.Weight, ["subjects"] = e.Subjects, ["subjectNames"] = e.SubjectNames, ["areas"] = e.Areas }),
        };
        return JsonSerializer.Serialize(document, ExportText.Json) + "\n";
    }

    /// <summary>A node's id, label, kind, metrics and attributes as one flat object.</summary>
    internal static Dictionary<string, object?> NodeData(ViewNode node)
    {
        var data = new Dictionary<string, object?> { ["id"] = node.Id, ["label"] = node.Label, ["kind"] = node.Kind };
        foreach (var (name, value) in node.Metrics)
        {
            data[name] = value;
        }

        foreach (var (name, value) in node.Attributes)
        {
            data[name] = value;
        }

        return data;
    }
}
