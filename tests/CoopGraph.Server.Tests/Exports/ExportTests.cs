using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Views;
using CoopGraph.Server.Exports;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Server.Tests.Exports;

public sealed class ExportTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    private static readonly NetworkView Support = NetworkView.Build(NetworkAnalysis.Of(Lima.Dataset), ViewKind.Support);

    [Theory]
    [InlineData("graphml", "application/graphml+xml")]
    [InlineData("gexf", "application/gexf+xml")]
    [InlineData("cytoscape", "application/json")]
    [InlineData("kumu", "application/json")]
    [InlineData("gephi-edges", "text/csv")]
    [InlineData("gephi-nodes", "text/csv")]
    [InlineData("dot", "text/vnd.graphviz")]
    [InlineData("node-link", "application/json")]
    [InlineData("json", "application/json")]
    [InlineData("csv", "text/csv")]
    public async Task GetExport_Format_ServesTheSameTextAsTheWriter(string format, string mediaType)
    {
        var response = await fixture.Server.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/export/" + format));
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.MediaType.ShouldBe(mediaType);
        response.Text.ShouldBe(ExportFormats.Write(Lima.Dataset, format));
    }

    [Fact]
    public async Task GetExport_UnknownFormat_Is404ListingTheFormats()
    {
        var response = await fixture.Server.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/export/xlsx"));
        response.Status.ShouldBe(HttpStatusCode.NotFound);
        response.Text.ShouldContain("graphml");
    }

    /// <summary>NetworkX's reading of our GraphML and GEXF (tests/reference/read_exports.py) has every node, metric and edge.</summary>
    [Theory]
    [InlineData("graphml")]
    [InlineData("gexf")]
    public void NetworkXReading_Format_HasEveryNodeMetricAndEdge(string format)
    {
        var read = JsonDocument.Parse(File.ReadAllText(RepoPaths.Of("tests", "reference", "exports", "lima.read.json"))).RootElement.GetProperty(format);
        read.GetProperty("directed").GetBoolean().ShouldBeTrue();
        var nodes = read.GetProperty("nodes");
        nodes.EnumerateObject().Select(n => n.Name).ShouldBe(Support.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        foreach (var node in Support.Nodes)
        {
            var attributes = nodes.GetProperty(node.Id);
            attributes.GetProperty("label").GetString().ShouldBe(node.Label);
            foreach (var (name, value) in node.Metrics)
            {
                attributes.GetProperty(name).GetDouble().ShouldBe(value, 1e-12, $"{node.Id}.{name}");
            }
        }

        var edges = read.GetProperty("edges").EnumerateArray().Select(e => $"{e.GetProperty("source").GetString()}>{e.GetProperty("target").GetString()}:{e.GetProperty("weight").GetInt32()}:{string.Join(' ', e.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()))}");
        edges.ShouldBe(Support.Edges.Select(e => $"{e.Source}>{e.Target}:{e.Weight}:{string.Join(' ', e.Subjects)}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dot_Lima_HasOneStatementPerNodeAndEdge()
    {
        var lines = DotWriter.Write(Support).Split('\n');
        lines.Count(l => l.Contains(" -> ", StringComparison.Ordinal)).ShouldBe(Support.Edges.Count);
        lines.Count(l => l.Contains("kind=\"OFFICE\"", StringComparison.Ordinal)).ShouldBe(Lima.Dataset.Offices.Count);
    }

    [Fact]
    public void GephiEdges_Lima_HasHeaderAndOneRowPerEdge()
    {
        var lines = GephiCsvWriter.Edges(Support).TrimEnd('\n').Split('\n');
        lines[0].ShouldStartWith("Source,Target,Weight");
        lines.Length.ShouldBe(Support.Edges.Count + 1);
    }

    [Fact]
    public void CytoscapeAndKumu_Lima_ParseWithEveryElement()
    {
        var cy = JsonDocument.Parse(CytoscapeWriter.Write(Support)).RootElement.GetProperty("elements");
        cy.GetProperty("nodes").GetArrayLength().ShouldBe(Support.Nodes.Count);
        cy.GetProperty("edges").GetArrayLength().ShouldBe(Support.Edges.Count);
        var kumu = JsonDocument.Parse(KumuWriter.Write(Support)).RootElement;
        kumu.GetProperty("elements").GetArrayLength().ShouldBe(Support.Nodes.Count);
        kumu.GetProperty("connections").GetArrayLength().ShouldBe(Support.Edges.Count);
    }

    [Fact]
    public void GraphMl_Bipartite_IsWellFormedWithSubjectNodes()
    {
        var view = NetworkView.Build(NetworkAnalysis.Of(Lima.Dataset), ViewKind.Bipartite);
        var document = XDocument.Parse(GraphMlWriter.Write(view));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        document.Descendants(ns + "node").Count().ShouldBe(Lima.Dataset.Offices.Count + Lima.Dataset.Subjects.Count);
    }
}
