using CoopGraph.Analytics.Paths;
using CoopGraph.Analytics.Reporting;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Analytics.Tests;

public class LimaTests
{
    private static readonly Lazy<NetworkAnalysis> Lima = new(() =>
        NetworkAnalysis.Of(DatasetJson.Load(RepoPaths.Lima).Dataset.ShouldNotBeNull()));

    [Fact]
    public void Report_Lima_FillsEverySection()
    {
        var report = Lima.Value.Report();
        report.Offices.Count.ShouldBe(Lima.Value.Snapshot.Dataset.Offices.Count);
        report.Subjects.Count.ShouldBe(Lima.Value.Snapshot.Dataset.Subjects.Count);
        report.ReciprocalPairs.ShouldNotBeEmpty();
        report.MatchPlan.Assigned.ShouldBeGreaterThan(0);
        report.MatchPlan.Assigned.ShouldBeLessThanOrEqualTo(report.MatchPlan.Coverable);
        report.Evidence.SupportGraph.Edges.ShouldBe(Lima.Value.Snapshot.SupportEdges.Count);
        report.Offices.Sum(o => o.PageRank).ShouldBe(1, 1e-9);
        ReportMarkdown.Write(report).ShouldContain("## Match plan");
        ReportCsv.Write(report).ShouldStartWith("# offices\n");
    }

    [Fact]
    public void Paths_BrazilToHonduras_AreJustifiedHopByHop()
    {
        var result = Lima.Value.Paths("BRA", "HND", new PathOptions(K: 3));
        result.Paths.Count.ShouldBe(3);
        result.Paths.Select(p => p.Cost).ShouldBeInOrder();
        result.Paths[0].Offices.ShouldBe(["BRA", "HND"]);
        result.Evidence.DatasetVersion.ShouldBe(Lima.Value.Snapshot.Version);
        result.Evidence.Edges.ShouldContain(e => e.From == "BRA" && e.To == "HND");
    }

    [Fact]
    public void WhatIf_LimaWithoutBrazil_ReportsLostSupport()
    {
        var result = Lima.Value.WhatIf(Analytics.WhatIf.WhatIfScenario.Removing("Brasil"));
        result.RemovedOffices.ShouldBe(["BRA"]);
        result.LostEdges.ShouldAllBe(e => e.From == "BRA" || e.To == "BRA");
        result.SupporterChanges.ShouldAllBe(c => c.Lost.Count == 1 && c.Lost[0] == "BRA" && c.Gained.Count == 0);
        result.StatusChanges.ShouldNotBeEmpty();
    }
}
