using System.Globalization;
using System.Xml.Linq;
using CoopGraph.Analytics.Views;

namespace CoopGraph.Server.Exports;

/// <summary>GEXF 1.3 (Gephi, NetworkX <c>read_gexf</c>): metrics and attributes as typed node attributes.</summary>
public static class GexfWriter
{
    private static readonly XNamespace Ns = "http://gexf.net/1.3";

    /// <summary>The view as a GEXF document.</summary>
    public static string Write(NetworkView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var metricNames = view.Nodes.SelectMany(n => n.Metrics.Select(m => m.Key)).Distinct().ToList();
        var attributeNames = view.Nodes.SelectMany(n => n.Attributes.Select(a => a.Key)).Distinct().ToList();
        var nodeAttributes = new XElement(Ns + "attributes", new XAttribute("class", "node"),
            new XElement(Ns + "attribute", new XAttribute("id", "kind"), new XAttribute("title", "kind"), new XAttribute("type", "string")),
            metricNames.Select(m => new XElement(Ns + "attribute", new XAttribute("id", "m_" + m), new XAttribute("title", m), new XAttribute("type", "double"))),
            attributeNames.Select(a => new XElement(Ns + "attribute", new XAttribute("id", "a_" + a), new XAttribute("title", a), new XAttribute("type", "string"))));
        var edgeAttributes = new XElement(Ns + "attributes", new XAttribute("class", "edge"),
            new XElement(Ns + "attribute", new XAttribute("id", "e_kind"), new XAttribute("title", "kind"), new XAttribute("type", "string")),
            new XElement(Ns + "attribute", new XAttribute("id", "subjects"), new XAttribute("title", "subjects"), new XAttribute("type", "string")),
            new XElement(Ns + "attribute", new XAttribute("id", "subjectNames"), new XAttribute("title", "subjectNames"), new XAttribute("type", "string")),
            new XElement(Ns + "attribute", new XAttribute("id", "areas"), new XAttribute("title", "areas"), new XAttribute("type", "string")),
            view.Timeline is null ? null : new XElement(Ns + "attribute", new XAttribute("id", "rounds"), new XAttribute("title", "rounds"), new XAttribute("type", "string")));
        // With rounds the graph is dynamic: each edge lives in the spells of its rounds, so Gephi's timeline plays them.
        var graph = new XElement(Ns + "graph", new XAttribute("defaultedgetype", view.Directed ? "directed" : "undirected"),
            new XAttribute("mode", view.Timeline is null ? "static" : "dynamic"), view.Timeline is null ? null : new XAttribute("timeformat", "date"),
            nodeAttributes, edgeAttributes,
            new XElement(Ns + "nodes", view.Nodes.Select(n => new XElement(Ns + "node", new XAttribute("id", n.Id), new XAttribute("label", n.Label),
                new XElement(Ns + "attvalues",
                    Value("kind", n.Kind),
                    n.Metrics.Select(m => Value("m_" + m.Key, m.Value.ToString("R", CultureInfo.InvariantCulture))),
                    n.Attributes.Select(a => Value("a_" + a.Key, a.Value)))))),
            new XElement(Ns + "edges", view.Edges.Concat(view.EarlierEdges).Select((e, i) => new XElement(Ns + "edge",
                new XAttribute("id", i.ToString(CultureInfo.InvariantCulture)), new XAttribute("source", e.Source), new XAttribute("target", e.Target),
                new XAttribute("weight", e.Weight.ToString(CultureInfo.InvariantCulture)),
                new XElement(Ns + "attvalues", Value("e_kind", e.Kind), Value("subjects", string.Join(' ', e.Subjects)),
                    Value("subjectNames", ExportText.Names(e.SubjectNames)), Value("areas", string.Join(' ', e.Areas)),
                    e.Rounds is null ? null : Value("rounds", string.Join(' ', e.Rounds))),
                view.Timeline is null || e.Rounds is null ? null : new XElement(Ns + "spells", Spells(view.Timeline, e.Rounds))))));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(Ns + "gexf", new XAttribute("version", "1.3"),
                new XElement(Ns + "meta", new XElement(Ns + "creator", "CoopGraph"),
                    new XElement(Ns + "description", $"{view.Evidence.Algorithm}; dataset {view.Evidence.DatasetVersion}" + (view.Round is null ? "" : $"; round {view.Round}"))),
                graph));
        return ExportText.Xml(document);
    }

    /// <summary>
    /// One spell per run of consecutive rounds the edge is in: from the first round's date to the day before the next
    /// round's, open-ended when the run reaches the latest round. A month (2022-04) starts on its first day.
    /// </summary>
    internal static IEnumerable<XElement> Spells(IReadOnlyList<Domain.Round> timeline, IReadOnlyList<string> rounds)
    {
        var index = timeline.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var positions = rounds.Select(r => index[r]).Order().ToList();
        for (var k = 0; k < positions.Count;)
        {
            var first = positions[k];
            var last = first;
            while (k + 1 < positions.Count && positions[k + 1] == last + 1)
            {
                last = positions[++k];
            }

            k++;
            yield return new XElement(Ns + "spell", new XAttribute("start", Day(timeline[first].Date)),
                last + 1 < timeline.Count ? new XAttribute("end", DateOnly.ParseExact(Day(timeline[last + 1].Date), "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null);
        }
    }

    private static string Day(string? date) => date is { Length: 7 } ? date + "-01" : date ?? "";

    private static XElement Value(string key, string value) => new(Ns + "attvalue", new XAttribute("for", key), new XAttribute("value", value));
}
