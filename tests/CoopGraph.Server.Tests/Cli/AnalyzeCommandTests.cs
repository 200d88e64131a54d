using CoopGraph.Tests.Shared;

namespace CoopGraph.Server.Tests.Cli;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Analyze_RemoveUnknownOffice_ExitsOneNamingTheCliOption()
    {
        var run = CliRun.Of("analyze", "--data", RepoPaths.Lima, "--remove", "BRA,ZZZ");

        run.ExitCode.ShouldBe(1);
        run.Error.ReplaceLineEndings("\n").Trim().Split('\n')[^1].ShouldBe("--remove: unknown office 'ZZZ'");
        run.Output.ShouldBeEmpty();
    }
}
