using System.Globalization;
using System.Text;
using CoopGraph.Analytics.Views;

namespace CoopGraph.Server.Exports;

/// <summary>
/// Graphviz DOT: node metrics as attributes, edge weight as <c>weight</c> and a capped <c>penwidth</c>, subject names as
/// the edge tooltip. Layout hints make <c>dot -Tpng</c> readable as it is: the office graphs use <c>neato</c> with overlap
/// removal (the default <c>dot</c> layers a dense graph into a wide tangle); the bipartite graph is laid out left to
/// right, offices in one column and subjects in the other (top to bottom it is a 13,000-px strip).
/// </summary>
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
        text.Append(view.Kind == ViewKind.Bipartite
            ? "  graph [layout=dot, rankdir=LR, ranksep=4, nodesep=0.15];\n"
            : "  graph [layout=neato, overlap=false, splines=true, sep=\"+12\"];\n");
        text.Append("  node [fontname=\"Helvetica\"];\n  edge [arrowsize=0.6];\n");
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
                .Append(CultureInfo.InvariantCulture, $" [kind={Id(e.Kind)}, weight={e.Weight}, penwidth={PenWidth(e.Weight)}")
                .Append(e.Kind switch { "OFFERS" => ", color=\"#1b7837\"", "REQUESTS" => ", color=\"#762a83\"", _ => "" })
                .Append(CultureInfo.InvariantCulture, $", subjects={Id(string.Join(' ', e.Subjects))}, subjectNames={Id(ExportText.Names(e.SubjectNames))}")
                .Append(CultureInfo.InvariantCulture, $", areas={Id(string.Join(' ', e.Areas))}, tooltip={Id(ExportText.Names(e.SubjectNames))}];\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>1 for one subject, half a point more per further subject, at most 4: heavy edges stand out without hiding the rest.</summary>
    private static string PenWidth(int weight) => Math.Min(4, 1 + ((weight - 1) * 0.5)).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Id(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
