using CoopGraph.Analytics.Paths;

namespace CoopGraph.Analytics.Tests.Paths;

public class PathTests
{
    private readonly NetworkAnalysis _analysis = NetworkAnalysis.Of(Networks.Sample());

    [Fact]
    public void Paths_TwoHops_ListRequestAndOfferOfEachSubject()
    {
        var result = _analysis.Paths("ARG", "DOM");
        var path = result.Paths.ShouldHaveSingleItem();
        path.Offices.ShouldBe(["ARG", "CHL", "DOM"]);
        path.Cost.ShouldBe(2);
        var hop = path.Hops[0].Subjects.ShouldHaveSingleItem();
        hop.Subject.ShouldBe("a2");
        hop.Request.Office.ShouldBe("CHL");
        hop.Request.Source.ShouldBe("req#2");
        hop.Offer.Office.ShouldBe("ARG");
        hop.Offer.Source.ShouldBe("off#1");
        result.Evidence.Edges.Select(e => $"{e.From}>{e.To}").ShouldBe(["ARG>CHL", "CHL>DOM"]);
    }

    [Fact]
    public void Paths_KThree_ReturnsLooplessPathsShortestFirst()
    {
        var result = _analysis.Paths("BRA", "CHL", new PathOptions(K: 3));
        result.Paths.Select(p => string.Join(">", p.Offices)).ShouldBe(["BRA>CHL", "BRA>ARG>CHL"]);
    }

    [Fact]
    public void Paths_OfficeOffersNothing_SaysWhy()
    {
        var result = _analysis.Paths("DOM", "ARG");
        result.Paths.ShouldBeEmpty();
        result.NoPathReason.ShouldNotBeNull().ShouldContain("DOM offers nothing");
    }

    [Fact]
    public void Paths_WrongDirection_SaysSupportFlowsTheOtherWay()
    {
        _analysis.Paths("CHL", "ARG").NoPathReason.ShouldNotBeNull().ShouldContain("only in the other direction");
    }

    [Fact]
    public void Paths_AreaFilter_DropsEdgesOfOtherAreas()
    {
        _analysis.Paths("BRA", "CHL", new PathOptions(Area: "area-b")).NoPathReason.ShouldNotBeNull().ShouldContain("BRA offers nothing");
        _analysis.Paths("CHL", "DOM", new PathOptions(Subjects: ["b1"])).Paths.ShouldHaveSingleItem();
    }

    [Fact]
    public void Paths_OfficeByAlias_IsResolved()
    {
        _analysis.Paths("office arg", "dom").Paths.ShouldHaveSingleItem();
    }

    [Fact]
    public void Paths_UnknownOffice_ThrowsNamingIt()
    {
        Should.Throw<ArgumentException>(() => _analysis.Paths("ZZZ", "ARG")).Message.ShouldContain("unknown office 'ZZZ'");
        Should.Throw<ArgumentException>(() => _analysis.Paths("ARG", "DOM", new PathOptions(Subjects: ["nope"]))).Message.ShouldContain("unknown subject 'nope'");
    }

    [Fact]
    public void Bilateral_Argentina_ListsSubjectsEachWay()
    {
        var partners = _analysis.Bilateral("ARG").Partners;
        partners.Select(p => (p.Partner, string.Join(",", p.OfficeHelpsPartner), string.Join(",", p.PartnerHelpsOffice)))
            .ShouldBe([("BRA", "", "a1"), ("CHL", "a2", "")]);
    }

    [Fact]
    public void ReciprocalPairs_MutualHelp_IsFoundOnce()
    {
        var analysis = NetworkAnalysis.Of(Networks.Make("AAA BBB CCC", "BBB:s1 AAA:s2 CCC:s1", "AAA:s1 BBB:s2"));
        var pair = analysis.ReciprocalPairs().Pairs.ShouldHaveSingleItem();
        (pair.A, pair.B).ShouldBe(("AAA", "BBB"));
        pair.AHelpsB.ShouldBe(["s1"]);
        pair.BHelpsA.ShouldBe(["s2"]);
        analysis.Bilateral("AAA").Partners.Single(p => p.Partner == "BBB").Reciprocal.ShouldBeTrue();
    }
}
