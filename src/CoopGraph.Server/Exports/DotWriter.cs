using System.Globalization;
using System.Text;

namespace CoopGraph.Server.Exports;

/// <summary>Graphviz DOT: node metrics as attributes, edge weight as <c>weight</c> and <c>penwidth</c>.</summary>
public static class DotWriter
{
    /// <summary>The view as a DOT graph.</summary>
    public static string Write(NetworkView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var arrow = view.Directed ? "->" : "--";
        var text = new StringBuilder();
        text.Append(view.Directed ? "digraph " : "graph ").Append(Id(view.Kind.ToString().ToLowerInvariant())).Append(" {\n");
        text.Append("  // ").Append(view.Evidence.Algorithm.Replace('\n', ' ')).Append("; dataset ").Append(view.Evidence.DatasetVersion).Append('\n');
        foreach (var n in view.Nodes)
        {
            var attributes = new List<string> { $"label={Id(n.Label)}", $"kind={Id(n.Kind)}", n.Kind == "OFFICE" ? "shape=ellipse" : "shape=box" };
            attributes.AddRange(n.Metrics.Select(m => $"{m.Key}={Id(m.Value.ToString("R", CultureInfo.InvariantCulture))}"));
            attributes.AddRange(n.Attributes.Select(a => $"{a.Key}={Id(a.Value)}"));
            text.Append("  ").Append(Id(n.Id)).Append(" [").AppendJoin(", ", attributes).Append("];\n");
        }

        foreach (var e in view.Edges)
        {
            text.Append("  ").Append(Id(e.Source)).Append(' ').Append(arrow).Append(' ').Append(Id(e.Target))
                .Append(CultureInfo.InvariantCulture, $" [kind={Id(e.Kind)}, weight={e.Weight}, penwidth={e.Weight}, subjects={Id(string.Join(' ', e.Subjects))}];\n");
        }

        return text.Append("}\n").ToString();
    }

    private static string Id(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
