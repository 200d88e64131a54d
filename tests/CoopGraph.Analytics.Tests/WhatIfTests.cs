using CoopGraph.Analytics.Needs;
using CoopGraph.Analytics.WhatIf;

namespace CoopGraph.Analytics.Tests;

public class WhatIfTests
{
    private readonly NetworkAnalysis _analysis = NetworkAnalysis.Of(Networks.Sample());

    [Fact]
    public void WhatIf_RemoveBrazil_LeavesChileWithOneSupporter()
    {
        var result = _analysis.WhatIf(WhatIfScenario.Removing("BRA"));
        result.StatusChanges.ShouldBe([new StatusChange("a2", NeedStatus.Covered, NeedStatus.Fragile)]);
        result.SupporterChanges.Select(c => (c.Office, string.Join(",", c.Lost), string.Join(",", c.Gained)))
            .ShouldBe([("ARG", "BRA", ""), ("CHL", "BRA", "")]);
        result.CentralityDeltas.Single(d => d.Office == "CHL").InDegree.ShouldBe(-1);
        result.CentralityDeltas.Single(d => d.Office == "DOM").InDegree.ShouldBe(0);
        result.CentralityDeltas.ShouldNotContain(d => d.Office == "BRA");
        result.LostEdges.Select(e => $"{e.From}>{e.To}").ShouldBe(["BRA>ARG", "BRA>CHL"]);
        result.ScenarioVersion.ShouldNotBe(result.BaseVersion);
    }

    [Fact]
    public void WhatIf_AddOffer_TurnsUnmetIntoFragileAndAddsSupporter()
    {
        var result = _analysis.WhatIf([], [new HypotheticalOffer("DOM", "b2")]);
        result.StatusChanges.ShouldBe([new StatusChange("b2", NeedStatus.Unmet, NeedStatus.Fragile)]);
        result.SupporterChanges.Single().ShouldSatisfyAllConditions(
            c => c.Office.ShouldBe("ARG"),
            c => c.Gained.ShouldBe(["DOM"]));
        result.GainedEdges.Select(e => $"{e.From}>{e.To}:{e.Weight}").ShouldBe(["DOM>ARG:1"]);
        var delta = result.CentralityDeltas.Single(d => d.Office == "DOM");
        delta.OutDegree.ShouldBe(1);
        delta.PageRank.ShouldBe(_analysis.Apply(new WhatIfScenario([], [new HypotheticalOffer("DOM", "b2")])).Centrality()["DOM"].PageRank - _analysis.Centrality()["DOM"].PageRank, 1e-15);
    }

    [Fact]
    public void WhatIf_OfferOfCrossCuttingSubject_GivesItAStatusLikeAnyOther()
    {
        var result = _analysis.WhatIf([], [new HypotheticalOffer("ECU", "x"), new HypotheticalOffer("DOM", "x")]);

        // ECU's and DOM's own requests have one other offerer, the other three two.
        result.StatusChanges.ShouldBe([new StatusChange("x", NeedStatus.Unmet, NeedStatus.Fragile)]);
        result.GainedEdges.Select(e => $"{e.From}>{e.To}").ShouldContain("ECU>ARG");
    }

    [Theory]
    [InlineData("XXX", null, "unknown office 'XXX'")]
    [InlineData(null, "a2", "already offers")]
    public void WhatIf_BadScenario_ThrowsNamingTheEntry(string? remove, string? offerSubject, string message)
    {
        var scenario = new WhatIfScenario(remove is null ? [] : [remove], offerSubject is null ? [] : [new HypotheticalOffer("ARG", offerSubject)]);
        Should.Throw<ArgumentException>(() => _analysis.WhatIf(scenario)).Message.ShouldContain(message);
    }
}
