using CoopGraph.Analytics.Paths;
using CoopGraph.Server.Cli;

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

    [Theory]
    [InlineData("0")]
    [InlineData("21")]
    [InlineData("1000000")]
    public void Path_KOutsideTheGraphQLBound_IsAUsageErrorNamingTheOption(string k)
    {
        var run = CliRun.Of("path", "PER", "ARG", "--k", k);

        run.ExitCode.ShouldBe(CoopGraphCommand.UsageError);
        run.Error.ShouldContain($"--k: must be between 1 and {PathOptions.MaxK} (is {k})");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public void Path_KAtTheBound_Answers()
    {
        var run = CliRun.Of("path", "PER", "ARG", "--k", PathOptions.MaxK.ToString(System.Globalization.CultureInfo.InvariantCulture));

        run.ExitCode.ShouldBe(0, run.Error);
    }
}
