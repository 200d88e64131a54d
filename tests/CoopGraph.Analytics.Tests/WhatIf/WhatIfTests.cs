using CoopGraph.Analytics.Needs;
using CoopGraph.Analytics.WhatIf;

namespace CoopGraph.Analytics.Tests.WhatIf;

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
    [InlineData("XXX", null, ScenarioList.RemoveOffices, "unknown office 'XXX'")]
    [InlineData(null, "a2", ScenarioList.AddOffers, "office 'ARG' already offers 'a2'")]
    public void WhatIf_BadScenario_ThrowsNamingTheEntryLogically(string? remove, string? offerSubject, ScenarioList list, string problem)
    {
        var scenario = new WhatIfScenario(remove is null ? ["BRA"] : ["BRA", remove], offerSubject is null ? [] : [new HypotheticalOffer("ARG", offerSubject)]);
        var ex = Should.Throw<ScenarioException>(() => _analysis.WhatIf(scenario));
        ex.ShouldSatisfyAllConditions(
            () => ex.List.ShouldBe(list),
            () => ex.Index.ShouldBe(remove is null ? 0 : 1),
            () => ex.Problem.ShouldBe(problem),
            () => ex.Message.ShouldNotContain("removeOffices"),
            () => ex.Describe("--remove", "--add").ShouldBe(remove is null ? $"--add[0]: {problem}" : $"--remove: {problem}"));
    }

    [Fact]
    public void WhatIfAndApply_RemoveBrazil_ComparesOnTheChangedNetworkItReturns()
    {
        var (result, changed) = _analysis.WhatIfAndApply(WhatIfScenario.Removing("BRA"));

        // One changed network: the comparison's needs and isolation are already computed on the one returned.
        changed.NeedsComputed.ShouldBeTrue();
        changed.IsolationComputed.ShouldBeTrue();
        changed.Snapshot.Version.ShouldBe(result.ScenarioVersion);
    }
}
