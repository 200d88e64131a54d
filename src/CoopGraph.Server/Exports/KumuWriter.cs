using System.Text.Json;
using CoopGraph.Analytics.Views;

namespace CoopGraph.Server.Exports;

/// <summary>
/// Kumu blueprint JSON: <c>elements</c> (id, label, type, attributes) and <c>connections</c> (from, to, type, direction).
/// Once elements have ids, Kumu matches connections to them by id (labels need not be unique); the subjects' names are
/// the connection's tags.
/// </summary>
public static class KumuWriter
{
    /// <summary>The view as a Kumu import.</summary>
    public static string Write(NetworkView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var document = new Dictionary<string, object?>
        {
            ["elements"] = view.Nodes.Select(n =>
            {
                var element = new Dictionary<string, object?> { ["label"] = n.Label, ["type"] = n.Kind == "OFFICE" ? "Office" : "Subject", ["id"] = n.Id };
                foreach (var (name, value) in n.Metrics)
                {
                    element[name] = value;
                }

                foreach (var (name, value) in n.Attributes)
                {
                    element[name] = value;
                }

                return element;
            }),
            ["connections"] = view.Edges.Select(e => new Dictionary<string, object?>
            {
                ["from"] = e.Source,
                ["to"] = e.Target,
                ["type"] = e.Kind.ToLowerInvariant(),
                ["direction"] = view.Directed ? "directed" : "undirected",
                ["strength"] = e.Weight,
                ["tags"] = e.SubjectNames,
                ["subjects"] = e.Subjects,
                ["areas"] = e.Areas,
            }),
        };
        return JsonSerializer.Serialize(document, ExportText.Json) + "\n";
    }
}
