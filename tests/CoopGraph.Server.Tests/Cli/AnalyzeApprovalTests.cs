using CoopGraph.Tests.Shared;

namespace CoopGraph.Server.Tests.Cli;

/// <summary>
/// The <c>analyze --format json</c> contract on Lima as a committed file, so every change of it shows in a diff and is
/// deliberate (set COOPGRAPH_UPDATE_APPROVED=1 to rewrite it, then review and commit the diff).
/// </summary>
public sealed class AnalyzeApprovalTests
{
    [Fact]
    public void Analyze_LimaAsJson_MatchesTheApprovedFile()
    {
        var run = CliRun.Of("analyze", "--data", RepoPaths.Lima, "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);

        var path = RepoPaths.Of("tests", "approved", "analyze-lima-2022.json");
        var produced = run.Output.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("COOPGRAPH_UPDATE_APPROVED") == "1")
        {
            File.WriteAllText(path, produced);
        }

        File.Exists(path).ShouldBeTrue("tests/approved/analyze-lima-2022.json is missing: run the tests once with COOPGRAPH_UPDATE_APPROVED=1");
        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(produced,
            "the analyze JSON changed: if deliberate, rerun with COOPGRAPH_UPDATE_APPROVED=1, review the diff and commit it");
    }

    [Fact]
    public void Analyze_EvidenceFull_ListsTheSupportEdgesTheDefaultOnlyCounts()
    {
        var summary = CliRun.Of("analyze", "--data", RepoPaths.Lima, "--format", "json");
        var full = CliRun.Of("analyze", "--data", RepoPaths.Lima, "--format", "json", "--evidence", "full");

        full.ExitCode.ShouldBe(0, full.Error);
        summary.Output.ShouldNotContain("\"supportEdges\"");
        full.Output.ShouldContain("\"supportEdges\"");
        full.Output.Length.ShouldBeGreaterThan(summary.Output.Length);
    }

    [Fact]
    public void Analyze_UnknownEvidenceDetail_IsRefusedNamingTheValue()
    {
        var run = CliRun.Of("analyze", "--evidence", "some");

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("some");
    }
}
