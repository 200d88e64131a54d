using CoopGraph.Tests.Shared;

namespace CoopGraph.Server.Tests.Cli;

/// <summary>
/// The <c>analyze --format json</c> contract on Lima as a committed file, so every change of it shows in a diff and is
/// deliberate (<see cref="ApprovedOutput"/>: COOPGRAPH_UPDATE_APPROVED=1 rewrites it; review and commit the diff).
/// </summary>
public sealed class AnalyzeApprovalTests
{
    [Fact]
    public void Analyze_LimaAsJson_MatchesTheApprovedFile()
    {
        var run = CliRun.Of("analyze", "--data", RepoPaths.Lima, "--format", "json");

        ApprovedOutput.ShouldMatch(run, "analyze-lima-2022.json", "the analyze JSON");
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

    [Fact]
    public void Analyze_PairsLimitBelowThePairCount_ListsThatManyAndCountsThemAll()
    {
        var run = CliRun.Of("analyze", "--data", RepoPaths.Lima, "--format", "json", "--pairs", "3");

        run.ExitCode.ShouldBe(0, run.Error);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        json.RootElement.GetProperty("reciprocalPairs").GetArrayLength().ShouldBe(3);
        json.RootElement.GetProperty("reciprocalPairsCut").GetProperty("listed").GetInt32().ShouldBe(3);
        json.RootElement.GetProperty("reciprocalPairsCut").GetProperty("count").GetInt32().ShouldBe(54);
    }

    [Fact]
    public void Analyze_PairsAll_GivesTheApprovedOutput()
    {
        var all = CliRun.Of("analyze", "--data", RepoPaths.Lima, "--format", "json", "--pairs", "all");

        all.ExitCode.ShouldBe(0, all.Error);
        all.Output.ShouldBe(CliRun.Of("analyze", "--data", RepoPaths.Lima, "--format", "json").Output);
    }

    [Theory]
    [InlineData("some")]
    [InlineData("-1")]
    public void Analyze_PairsNeitherANumberNorAll_IsRefusedNamingTheOption(string value)
    {
        var run = CliRun.Of("analyze", "--data", RepoPaths.Lima, "--pairs", value);

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("--pairs");
        run.Error.ShouldContain(value);
    }
}
