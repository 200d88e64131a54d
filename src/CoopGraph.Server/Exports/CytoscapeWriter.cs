using System.Text.Json;
using CoopGraph.Analytics.Views;

namespace CoopGraph.Server.Exports;

/// <summary>Cytoscape.js JSON (<c>elements: {nodes, edges}</c> with <c>data</c>), also read by Cytoscape desktop.</summary>
public static class CytoscapeWriter
{
    /// <summary>The view as Cytoscape.js elements.</summary>
    public static string Write(NetworkView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var document = new Dictionary<string, object?>
        {
            ["data"] = view.Round is null
                ? new Dictionary<string, object?> { ["view"] = view.Kind.ToString().ToUpperInvariant(), ["directed"] = view.Directed, ["datasetVersion"] = view.Evidence.DatasetVersion }
                : new Dictionary<string, object?> { ["view"] = view.Kind.ToString().ToUpperInvariant(), ["directed"] = view.Directed, ["datasetVersion"] = view.Evidence.DatasetVersion, ["round"] = view.Round },
            ["elements"] = new Dictionary<string, object?>
            {
                ["nodes"] = view.Nodes.Select(n => new Dictionary<string, object?> { ["data"] = NodeLinkWriter.NodeData(n) }),
                ["edges"] = view.Edges.Select((e, i) => new Dictionary<string, object?>
                {
                    ["data"] = e.Rounds is null
                        ? new Dictionary<string, object?> { ["id"] = "e" + i, ["source"] = e.Source, ["target"] = e.Target, ["kind"] = e.Kind, ["weight"] = e.Weight, ["subjects"] = e.Subjects, ["subjectNames"] = e.SubjectNames, ["areas"] = e.Areas }
                        : new Dictionary<string, object?> { ["id"] = "e" + i, ["source"] = e.Source, ["target"] = e.Target, ["kind"] = e.Kind, ["weight"] = e.Weight, ["subjects"] = e.Subjects, ["subjectNames"] = e.SubjectNames, ["areas"] = e.Areas, ["rounds"] = e.Rounds },
                }),
            },
        };
        return JsonSerializer.Serialize(document, ExportText.Json) + "\n";
    }
}
