using System.Globalization;
using System.Text;
using CoopGraph.Analytics.Views;
using CoopGraph.Domain.Formats;

namespace CoopGraph.Server.Exports;

/// <summary>Gephi's spreadsheet import: an edge table (<c>Source,Target,Weight,Type,...</c>) and a node table (<c>Id,Label,...</c>).</summary>
public static class GephiCsvWriter
{
    /// <summary>The edge table.</summary>
    public static string Edges(NetworkView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = new StringBuilder("Source,Target,Weight,Type,Kind,Subjects,SubjectNames,Areas\n");
        foreach (var e in view.Edges)
        {
            Row(text, [e.Source, e.Target, e.Weight.ToString(CultureInfo.InvariantCulture), view.Directed ? "Directed" : "Undirected", e.Kind, string.Join(' ', e.Subjects), ExportText.Names(e.SubjectNames), string.Join(' ', e.Areas)]);
        }

        return text.ToString();
    }

    /// <summary>The node table with metrics and attributes as columns.</summary>
    public static string Nodes(NetworkView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var metrics = view.Nodes.SelectMany(n => n.Metrics.Select(m => m.Key)).Distinct().ToList();
        var attributes = view.Nodes.SelectMany(n => n.Attributes.Select(a => a.Key)).Distinct().ToList();
        var text = new StringBuilder();
        Row(text, ["Id", "Label", "Kind", .. metrics, .. attributes]);
        foreach (var n in view.Nodes)
        {
            var m = n.Metrics.ToDictionary(x => x.Key, x => x.Value.ToString("R", CultureInfo.InvariantCulture));
            var a = n.Attributes.ToDictionary(x => x.Key, x => x.Value);
            Row(text, [n.Id, n.Label, n.Kind, .. metrics.Select(k => m.GetValueOrDefault(k, "")), .. attributes.Select(k => a.GetValueOrDefault(k, ""))]);
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, IReadOnlyList<string> cells)
    {
        text.AppendJoin(',', cells.Select(CsvTable.Escape)).Append('\n');
    }
}
