using System.Text;
using System.Text.Json;
using CoopGraph.Analytics.Reporting;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Analytics.Tests.Reporting;

public class ReportJsonTests
{
    private static readonly Lazy<NetworkAnalysis> Lima = new(() =>
        NetworkAnalysis.Of(DatasetJson.Load(RepoPaths.Lima).Dataset.ShouldNotBeNull()));

    [Fact]
    public void Report_DefaultEvidence_SummarisesTheSupportGraphWithoutListingIt()
    {
        var report = Lima.Value.Report();
        var edges = Lima.Value.Snapshot.SupportEdges;

        report.Evidence.SupportEdges.ShouldBeNull();
        report.Evidence.SupportGraph.ShouldBe(new SupportGraphSummary(EvidenceDetail.Summary, report.Offices.Count, edges.Count, edges.Sum(e => e.Weight)));
        using var json = JsonDocument.Parse(ReportJson.Serialize(report));
        json.RootElement.GetProperty("evidence").TryGetProperty("supportEdges", out _).ShouldBeFalse();
        json.RootElement.GetProperty("evidence").GetProperty("supportGraph").GetProperty("detail").GetString().ShouldBe("SUMMARY");
    }

    [Fact]
    public void Report_FullEvidence_ListsEverySupportEdgeWithItsSubjects()
    {
        var report = Lima.Value.Report(new ReportOptions(Evidence: EvidenceDetail.Full));

        report.Evidence.SupportEdges.ShouldNotBeNull().Count.ShouldBe(Lima.Value.Snapshot.SupportEdges.Count);
        report.Evidence.SupportGraph.Detail.ShouldBe(EvidenceDetail.Full);
        using var json = JsonDocument.Parse(ReportJson.Serialize(report));
        json.RootElement.GetProperty("evidence").GetProperty("supportEdges")[0].GetProperty("subjects").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Write_ToAStream_GivesTheSameBytesAsSerialize()
    {
        var report = Lima.Value.Report(new ReportOptions(Evidence: EvidenceDetail.Full));
        using var stream = new MemoryStream();

        ReportJson.Write(stream, report);

        Encoding.UTF8.GetString(stream.ToArray()).ShouldBe(ReportJson.Serialize(report));
    }
}
