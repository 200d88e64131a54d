using System.Net;
using System.Xml.Linq;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Views;
using CoopGraph.Domain;
using CoopGraph.Server.Exports;

namespace CoopGraph.Server.Tests.Exports;

/// <summary>Exports of a dataset with rounds: GEXF spells for Gephi's timeline, the round in GraphML and Cytoscape, <c>?round=</c>.</summary>
public sealed class RoundExportTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";

    [Fact]
    public void Gexf_Lima_DynamicWithASpellPerEdgeFromItsFirstRound()
    {
        var document = XDocument.Parse(GexfWriter.Write(NetworkView.Build(NetworkAnalysis.Of(Lima.Dataset), ViewKind.Bipartite)));

        var graph = document.Root!.Element(Gexf + "graph")!;
        graph.Attribute("mode")!.Value.ShouldBe("dynamic");
        graph.Attribute("timeformat")!.Value.ShouldBe("date");
        var edges = graph.Element(Gexf + "edges")!.Elements(Gexf + "edge").ToList();
        edges.Count.ShouldBe(Lima.Dataset.Requests.Count + Lima.Dataset.Offers.Count);
        string Start(string source, string target) => edges.Single(e => e.Attribute("source")!.Value == source && e.Attribute("target")!.Value == target)
            .Element(Gexf + "spells")!.Elements(Gexf + "spell").Single().Attribute("start")!.Value;
        Start("HND", "border-measures").ShouldBe("2022-10-04"); // added at the meeting (report line 995)
        Start("SLV", "border-measures").ShouldBe("2022-04-01"); // in the survey table, month 2022-04
        edges.SelectMany(e => e.Element(Gexf + "spells")!.Elements(Gexf + "spell")).ShouldAllBe(s => s.Attribute("end") == null);
    }

    [Fact]
    public void Gexf_EdgeWithdrawnAtTheMeeting_KeptWithASpellEndingTheDayBefore()
    {
        var survey = Lima.Dataset.AtRound("survey-2022-04");
        var withdrawn = survey.Offers[0];
        var dataset = Lima.Dataset with
        {
            Offers = [.. Lima.Dataset.Offers.Where(o => o != Lima.Dataset.Offers.Single(x => (x.Office, x.Subject) == (withdrawn.Office, withdrawn.Subject)))],
        };

        var view = NetworkView.Build(NetworkAnalysis.Of(dataset), ViewKind.Bipartite);
        var document = XDocument.Parse(GexfWriter.Write(view));

        view.Edges.ShouldNotContain(e => e.Source == withdrawn.Office && e.Target == withdrawn.Subject && e.Kind == "OFFERS");
        var spell = document.Descendants(Gexf + "edge")
            .Single(e => e.Attribute("source")!.Value == withdrawn.Office && e.Attribute("target")!.Value == withdrawn.Subject)
            .Descendants(Gexf + "spell").Single();
        (spell.Attribute("start")!.Value, spell.Attribute("end")!.Value).ShouldBe(("2022-04-01", "2022-10-03"));
    }

    [Fact]
    public void GraphMlAndCytoscape_Lima_CarryTheRoundAndEachEdgesRounds()
    {
        var view = NetworkView.Build(NetworkAnalysis.Of(Lima.Dataset), ViewKind.Support);

        var graphml = GraphMlWriter.Write(view);
        var cytoscape = CytoscapeWriter.Write(view);

        graphml.ShouldContain("<data key=\"round\">lima-2022-10</data>");
        graphml.ShouldContain("<data key=\"rounds\">survey-2022-04 lima-2022-10</data>");
        cytoscape.ShouldContain("\"round\": \"lima-2022-10\"");
        view.Edges.ShouldAllBe(e => e.Rounds != null && e.Rounds[e.Rounds.Count - 1] == "lima-2022-10");
    }

    [Fact]
    public void Views_DatasetWithoutRounds_NoRoundAnywhere()
    {
        var plain = Lima.Dataset.AtRound("lima-2022-10") with { FormatVersion = Dataset.CurrentFormatVersion, Rounds = null };
        var view = NetworkView.Build(NetworkAnalysis.Of(plain), ViewKind.Support);

        GexfWriter.Write(view).ShouldContain("mode=\"static\"");
        GraphMlWriter.Write(view).ShouldNotContain("round");
        CytoscapeWriter.Write(view).ShouldNotContain("round");
    }

    [Fact]
    public async Task GetExport_SurveyRound_TheNetworkAsItStood()
    {
        var ct = TestContext.Current.CancellationToken;
        using var survey = await fixture.Server.Client.GetAsync("/export/graphml?view=bipartite&round=survey-2022-04", ct);
        using var unknown = await fixture.Server.Client.GetAsync("/export/graphml?round=lima-2023", ct);

        survey.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await survey.Content.ReadAsStringAsync(ct);
        text.ShouldContain("<data key=\"round\">survey-2022-04</data>");
        XDocument.Parse(text).Descendants().Count(e => e.Name.LocalName == "edge").ShouldBe(175 + 67);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync(ct)).ShouldStartWith("round: no round 'lima-2023' (rounds: survey-2022-04, lima-2022-10)");
    }
}
