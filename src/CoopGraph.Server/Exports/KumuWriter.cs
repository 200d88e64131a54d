using System.Text.Json;

namespace CoopGraph.Server.Exports;

/// <summary>Kumu blueprint JSON: <c>elements</c> (label, type, attributes) and <c>connections</c> (from, to, type).</summary>
public static class KumuWriter
{
    /// <summary>The view as a Kumu import.</summary>
    public static string Write(NetworkView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var labels = view.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
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
                ["from"] = labels[e.Source],
                ["to"] = labels[e.Target],
                ["type"] = e.Kind.ToLowerInvariant(),
                ["direction"] = view.Directed ? "directed" : "mutual",
                ["strength"] = e.Weight,
                ["tags"] = e.Subjects,
            }),
        };
        return JsonSerializer.Serialize(document, ExportText.Json) + "\n";
    }
}
