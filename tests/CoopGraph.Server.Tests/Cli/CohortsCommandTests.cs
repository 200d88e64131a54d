namespace CoopGraph.Server.Tests.Cli;

/// <summary><c>coopgraph cohorts</c>: a role threshold given without <c>--roles</c> is refused, not ignored.</summary>
public sealed class CohortsCommandTests
{
    [Theory]
    [InlineData("--hub-share", "2")]
    [InlineData("--broker-betweenness", "0.1")]
    public void Cohorts_RoleThresholdWithoutRoles_ExitsTwoNamingTheOption(string option, string value)
    {
        var run = CliRun.Of("cohorts", option, value);

        run.ExitCode.ShouldBe(2);
        run.Error.ShouldStartWith($"{option}: ");
        run.Error.ShouldContain("--roles");
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public void Cohorts_RoleThresholdWithRoles_IsHonoured()
    {
        var strict = CliRun.Of("cohorts", "--roles", "--hub-share", "1");
        var usual = CliRun.Of("cohorts", "--roles");

        strict.ExitCode.ShouldBe(0, strict.Error);
        strict.Output.ShouldNotContain("| PROVIDER_HUB |");
        usual.Output.ShouldContain("| PROVIDER_HUB |");
    }
}
