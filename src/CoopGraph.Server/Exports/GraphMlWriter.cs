using System.Globalization;
using System.Xml.Linq;
using CoopGraph.Analytics.Views;

namespace CoopGraph.Server.Exports;

/// <summary>GraphML (Gephi, yEd, Cytoscape desktop, NetworkX <c>read_graphml</c>): metrics as typed node data.</summary>
public static class GraphMlWriter
{
    private static readonly XNamespace Ns = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>The view as a GraphML document.</summary>
    public static string Write(NetworkView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var metricNames = view.Nodes.SelectMany(n => n.Metrics.Select(m => m.Key)).Distinct().ToList();
        var attributeNames = view.Nodes.SelectMany(n => n.Attributes.Select(a => a.Key)).Distinct().ToList();
        var keys = new List<XElement>
        {
            Key("label", "node", "label", "string"),
            Key("kind", "node", "kind", "string"),
        };
        keys.AddRange(metricNames.Select(m => Key("m_" + m, "node", m, "double")));
        keys.AddRange(attributeNames.Select(a => Key("a_" + a, "node", a, "string")));
        keys.Add(Key("e_kind", "edge", "kind", "string"));
        keys.Add(Key("weight", "edge", "weight", "int"));
        keys.Add(Key("subjects", "edge", "subjects", "string"));
        keys.Add(Key("subjectNames", "edge", "subjectNames", "string"));
        keys.Add(Key("areas", "edge", "areas", "string"));
        if (view.Timeline is not null)
        {
            keys.Add(Key("rounds", "edge", "rounds", "string"));
            keys.Add(Key("round", "graph", "round", "string"));
        }

        var graph = new XElement(Ns + "graph",
            new XAttribute("id", view.Kind.ToString().ToLowerInvariant()),
            new XAttribute("edgedefault", view.Directed ? "directed" : "undirected"),
            view.Round is null ? null : Data("round", view.Round),
            view.Nodes.Select(n => new XElement(Ns + "node", new XAttribute("id", n.Id),
                Data("label", n.Label), Data("kind", n.Kind),
                n.Metrics.Select(m => Data("m_" + m.Key, m.Value.ToString("R", CultureInfo.InvariantCulture))),
                n.Attributes.Select(a => Data("a_" + a.Key, a.Value)))),
            view.Edges.Select((e, i) => new XElement(Ns + "edge",
                new XAttribute("id", "e" + i.ToString(CultureInfo.InvariantCulture)), new XAttribute("source", e.Source), new XAttribute("target", e.Target),
                Data("e_kind", e.Kind), Data("weight", e.Weight.ToString(CultureInfo.InvariantCulture)), Data("subjects", string.Join(' ', e.Subjects)),
                Data("subjectNames", ExportText.Names(e.SubjectNames)), Data("areas", string.Join(' ', e.Areas)),
                e.Rounds is null ? null : Data("rounds", string.Join(' ', e.Rounds)))));
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "graphml", keys, graph));
        return ExportText.Xml(document);
    }

    private static XElement Key(string id, string target, string name, string type) =>
        new(Ns + "key", new XAttribute("id", id), new XAttribute("for", target), new XAttribute("attr.name", name), new XAttribute("attr.type", type));

    private static XElement Data(string key, string value) => new(Ns + "data", new XAttribute("key", key), value);
}
