using System.Text.Json;

namespace CoopGraph.Server.Tests.Cli;

public class PlanningCommandTests
{
    [Fact]
    public void PlanWorkshops_LimaFive_PrintsBothPlansAndTheBound()
    {
        var run = CliRun.Of("plan", "workshops", "--k", "5");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("# Workshop portfolio: K = 5, C = 8");
        run.Output.ShouldContain("Solver: OPTIMAL");
        run.Output.ShouldContain("## CP-SAT plan");
        run.Output.ShouldContain("## Greedy plan");
    }

    [Fact]
    public void PlanCafe_SmallJson_PrintsPlanWithFiguresAndBaseline()
    {
        var run = CliRun.Of("plan", "cafe", "--office", "ARG", "BRA", "CHL", "CRI", "CUB", "DOM", "--rounds", "3", "--seats", "3", "--time-limit", "5", "--format", "json");
        run.ExitCode.ShouldBe(0, run.Error);
        var plan = JsonDocument.Parse(run.Output).RootElement;
        plan.GetProperty("offices").GetArrayLength().ShouldBe(6);
        plan.GetProperty("timetable").GetArrayLength().ShouldBe(3 * 2);
        plan.GetProperty("figures").GetProperty("objective").ValueKind.ShouldBe(JsonValueKind.Number);
        plan.GetProperty("solver").GetProperty("status").GetString().ShouldBeOneOf("OPTIMAL", "FEASIBLE");
    }

    [Theory]
    [InlineData("--rounds: ", "plan", "cafe", "--rounds", "0")]
    [InlineData("--office: unknown office 'Atlantis'", "plan", "cafe", "--office", "Atlantis")]
    [InlineData("--office: 16 offices but only 3 tables", "plan", "cafe", "--tables", "3")]
    [InlineData("--subject: unknown subject 'nope'", "plan", "cafe", "--subject", "nope")]
    [InlineData("--k: ", "plan", "workshops", "--k", "0")]
    [InlineData("--resolution: ", "cohorts", "--resolution", "0")]
    public void Planning_BadInput_FailsNamingTheOption(string message, params string[] args)
    {
        var run = CliRun.Of(args);
        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith(message);
        run.Output.ShouldBeEmpty();
    }

    [Fact]
    public void Cohorts_LimaWithRoles_PrintsCohortsModularityAndRoles()
    {
        var run = CliRun.Of("cohorts", "--roles");
        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("# Cohorts at resolution 1:");
        run.Output.ShouldContain("modularity");
        run.Output.ShouldContain("| JPN | ISOLATED | 0 | 0 |");
        run.Output.ShouldContain("| BROKER |");
    }
}
