using CoopGraph.Tests.Shared;

namespace CoopGraph.Server.Tests.Cli;

/// <summary><c>coopgraph compare</c> and <c>--round</c> on the Lima rounds.</summary>
public class CompareCommandTests
{
    [Fact]
    public void Compare_LimaAsJson_MatchesTheApprovedFile()
    {
        var run = CliRun.Of("compare", "survey-2022-04", "lima-2022-10", "--data", RepoPaths.Lima, "--format", "json");

        ApprovedOutput.ShouldMatch(run, "compare-lima-2022.json", "the compare JSON");
    }

    [Fact]
    public void Compare_LimaAsMarkdown_PrintsEveryNarrativeAdditionWithItsReportLine()
    {
        var run = CliRun.Of("compare", "survey-2022-04", "lima-2022-10");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("13 added, 0 withdrawn");
        run.Output.ShouldContain("offer Honduras (HND) — Border measures (`border-measures`); source `management#4`, high; report line 995");
        run.Output.ShouldContain("request Paraguay (PRY) — Green patents (`green-patents`); source `policy#1`, high; report line 1153");
        run.Output.ShouldContain("| `survey-2022-04` |");
    }

    [Fact]
    public void Compare_Csv_OneTablePerSection()
    {
        var run = CliRun.Of("compare", "survey-2022-04", "lima-2022-10", "--format", "csv");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldStartWith("# edges\nchange,role,office,subject,source,confidence,note,line,quote\nadded,request,PRY,green-patents,policy#1,high,");
        run.Output.ShouldContain("# matchPlan\n");
    }

    [Theory]
    [InlineData("april", "lima-2022-10", "FROM: unknown round 'april'")]
    [InlineData("survey-2022-04", "lima", "TO: unknown round 'lima'")]
    public void Compare_UnknownRound_ExitOneNamingTheArgument(string from, string to, string message)
    {
        var run = CliRun.Of("compare", from, to);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain(message);
        run.Error.ShouldContain("(rounds: survey-2022-04, lima-2022-10)");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public void Analyze_UnknownRound_ExitOneNamingTheOption()
    {
        var run = CliRun.Of("analyze", "--round", "lima-2023");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("--round: unknown round 'lima-2023' (rounds: survey-2022-04, lima-2022-10)");
    }

    [Fact]
    public void Analyze_SurveyRound_DiffersFromTheLatestWhichIsTheDefault()
    {
        var survey = CliRun.Of("analyze", "--round", "survey-2022-04", "--format", "json");
        var latest = CliRun.Of("analyze", "--round", "lima-2022-10", "--format", "json");
        var plain = CliRun.Of("analyze", "--format", "json");

        latest.Output.ShouldBe(plain.Output);
        survey.ExitCode.ShouldBe(0, survey.Error);
        survey.Output.ShouldNotBe(plain.Output);
    }

    [Fact]
    public void Path_SurveyRound_AnswersOnTheSurvey()
    {
        // HND offers border measures only after the meeting (report line 995): in the survey it cannot help SLV with it.
        var survey = CliRun.Of("path", "HND", "SLV", "--round", "survey-2022-04", "--format", "json");
        var latest = CliRun.Of("path", "HND", "SLV", "--format", "json");

        survey.ExitCode.ShouldBe(0, survey.Error);
        latest.Output.ShouldContain("border-measures");
        survey.Output.ShouldNotContain("border-measures");
    }
}
