using System.Globalization;
using System.Text.Json;
using CoopGraph.Analytics.Reporting;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Analytics.Tests.Reporting;

/// <summary>The report says what it describes (the dataset or a scenario) and explains its figures.</summary>
public class ReportTests
{
    private static readonly Lazy<NetworkAnalysis> Lima = new(() =>
        NetworkAnalysis.Of(DatasetJson.Load(RepoPaths.Lima).Dataset.ShouldNotBeNull()));

    [Fact]
    public void Report_RemovingOffices_SaysItIsAScenario()
    {
        var report = Lima.Value.Report(new ReportOptions(RemoveOffices: ["BRA"]));

        report.Scenario.ShouldBe("without BRA (Brazil)");
        JsonDocument.Parse(ReportJson.Serialize(report)).RootElement.GetProperty("scenario").GetString().ShouldBe("without BRA (Brazil)");
        ReportMarkdown.Write(report).Split('\n')[0].ShouldBe($"# CoopGraph analysis: lima-2022, scenario without BRA (Brazil) (version {report.DatasetVersion})");
    }

    [Fact]
    public void Report_NoRemovals_IsNotAScenario()
    {
        var report = Lima.Value.Report();

        report.Scenario.ShouldBeNull();
        ReportMarkdown.Write(report).Split('\n')[0].ShouldBe($"# CoopGraph analysis: lima-2022 (version {report.DatasetVersion})");
    }

    [Fact]
    public void Markdown_Lima_NamesBesideCodesAndALegendOfEveryFigure()
    {
        var report = Lima.Value.Report();
        var dataset = Lima.Value.Snapshot.Dataset;

        var markdown = ReportMarkdown.Write(report);

        markdown.ShouldContain("| Brazil (BRA) |");
        var subject = dataset.Subjects[0];
        markdown.ShouldContain($"| {subject.Name} (`{subject.Id}`) |");
        markdown.ShouldContain($"| {dataset.Areas[0].Name} (`{dataset.Areas[0].Id}`) |");
        var legend = markdown[markdown.IndexOf("## Legend", StringComparison.Ordinal)..];
        foreach (var term in new[] { "In, Out", "In str., Out str.", "Betweenness", "Closeness", "Harmonic", "PageRank", "Hub, Authority", "Isolation", "Flags", "UNMET", "FRAGILE", "COVERED", "cross-cutting" })
        {
            legend.ShouldContain($"**{term}**");
        }

        // The two coverage figures, each with its number and what it counts.
        legend.ShouldContain(string.Create(CultureInfo.InvariantCulture, $"**Coverage of requests** ({report.CoverageRatio * 100:0.0}%)"));
        legend.ShouldContain(string.Create(CultureInfo.InvariantCulture, $"**Match plan coverage** ({report.MatchPlan.CoveragePercent:0.0}%)"));
    }
}
