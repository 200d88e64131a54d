using CoopGraph.Analytics.Needs;

namespace CoopGraph.Analytics.Tests.Needs;

public class UnmetNeedsTests
{
    private readonly UnmetNeedsResult _needs = NetworkAnalysis.Of(Networks.Sample()).UnmetNeeds();

    [Fact]
    public void UnmetNeeds_SubjectOfferedOnlyByOneRequester_IsUnmet()
    {
        // a1: ARG and BRA request it, only BRA offers it: ARG's request is fragile, BRA's own is unmet; worst wins.
        _needs["a1"].Status.ShouldBe(NeedStatus.Unmet);
        _needs["a1"].CoveredRequests.ShouldBe(1);
        _needs["a1"].CoverageRatio.ShouldBe(0.5);
    }

    [Fact]
    public void UnmetNeeds_EachStatus_FollowsOtherOfferers()
    {
        _needs["a2"].Status.ShouldBe(NeedStatus.Covered);
        _needs["b1"].Status.ShouldBe(NeedStatus.Fragile);
        _needs["b2"].Status.ShouldBe(NeedStatus.Unmet);
        _needs["b3"].Status.ShouldBe(NeedStatus.Unrequested);
        _needs["a2"].Offerers.ShouldBe(["ARG", "BRA"]);
    }

    [Fact]
    public void UnmetNeeds_CrossCuttingSubject_IsReportedApart()
    {
        _needs.CrossCutting.Select(s => s.Id).ShouldBe(["x"]);
        _needs.Subjects.ShouldNotContain(s => s.Id == "x");
        _needs.Offices.SelectMany(o => o.UnmetRequests).ShouldNotContain("x");
    }

    [Fact]
    public void UnmetNeeds_CrossCuttingSubjectOffered_CountsLikeAnyOther()
    {
        // x is requested by all five; once ECU offers it, ECU's own request is unmet and the others' fragile.
        var needs = NetworkAnalysis.Of(Networks.Make(
            "ARG BRA CHL DOM ECU",
            "ARG:a1 BRA:a1 CHL:a2 DOM:b1 ARG:b2 ARG:x BRA:x CHL:x DOM:x ECU:x",
            "BRA:a1 ARG:a2 BRA:a2 CHL:b1 ARG:b3 ECU:x",
            crossCutting: "x")).UnmetNeeds();

        needs.CrossCutting.ShouldBeEmpty();
        var x = needs.Subjects.Single(s => s.Id == "x");
        (x.Status, x.CrossCutting, x.CoveredRequests).ShouldBe((NeedStatus.Unmet, true, 4));
        needs.Offices.Single(o => o.Code == "ECU").UnmetRequests.ShouldBe(["x"]);
        needs.Offices.Single(o => o.Code == "DOM").FragileRequests.ShouldContain("x");
        needs.CoverageRatio.ShouldBe((3 + 4) / 10.0, 1e-12); // 3 of 5 requests before, now 4 of x's 5 too
    }

    [Fact]
    public void UnmetNeeds_PerOffice_ListsUnmetAndFragileRequests()
    {
        var arg = _needs.Offices.Single(o => o.Code == "ARG");
        arg.UnmetRequests.ShouldBe(["b2"]);
        arg.FragileRequests.ShouldBe(["a1"]);
        _needs.Offices.Single(o => o.Code == "BRA").UnmetRequests.ShouldBe(["a1"]);
        _needs.Offices.Single(o => o.Code == "DOM").FragileRequests.ShouldBe(["b1"]);
        _needs.Offices.Single(o => o.Code == "CHL").UnmetRequests.ShouldBeEmpty();
    }

    [Fact]
    public void UnmetNeeds_AreaRollUp_CountsStatusesAndRequests()
    {
        var a = _needs.Areas.Single(x => x.Area == "area-a");
        (a.Subjects, a.Unmet, a.Fragile, a.Covered, a.Requests, a.CoveredRequests).ShouldBe((2, 1, 0, 1, 3, 2));
        var b = _needs.Areas.Single(x => x.Area == "area-b");
        (b.Subjects, b.Unmet, b.Fragile, b.Covered, b.Requests, b.CoveredRequests).ShouldBe((3, 1, 1, 0, 2, 1));
        _needs.CoverageRatio.ShouldBe(3 / 5.0);
    }

    [Fact]
    public void UnmetNeeds_Evidence_NamesDatasetVersion()
    {
        _needs.Evidence.DatasetVersion.ShouldBe(Networks.Sample().Version);
        _needs.Evidence.Edges.ShouldBeEmpty();
    }
}
