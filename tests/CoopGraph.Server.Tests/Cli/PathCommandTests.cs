namespace CoopGraph.Server.Tests.Cli;

/// <summary><c>coopgraph path</c>: a name that does not resolve is refused naming the argument or option it was given in.</summary>
public sealed class PathCommandTests
{
    [Theory]
    [InlineData("FROM: no office 'Atlantis'", "path", "Atlantis", "PER")]
    [InlineData("TO: no office 'Atlantis'", "path", "PER", "Atlantis")]
    [InlineData("--subject: no subject 'nope'", "path", "PER", "ARG", "--subject", "nope")]
    [InlineData("--area: no area 'nope'", "path", "PER", "ARG", "--area", "nope")]
    public void Path_UnknownName_ExitsOneNamingItsPlace(string message, params string[] args)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith(message);
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public void Path_OfficesByName_AnswersAsByCode()
    {
        var byName = CliRun.Of("path", "Peru", "Argentina", "--format", "json");
        var byCode = CliRun.Of("path", "PER", "ARG", "--format", "json");

        byName.ExitCode.ShouldBe(0, byName.Error);
        byName.Output.ShouldBe(byCode.Output);
    }
}
