using CoopGraph.Server.Cli;

namespace CoopGraph.Server.Tests.Cli;

public sealed class CliProgressTests
{
    [Fact]
    public void Measured_ErrorNotATerminal_RunsTheWorkAndWritesNothing()
    {
        using var error = new StringWriter();

        var result = CliProgress.Measured(error, "reading", 100, progress => progress is null ? 42 : -1);

        result.ShouldBe(42);
        error.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void Spinning_ErrorNotATerminal_RunsTheWorkAndWritesNothing()
    {
        using var error = new StringWriter();

        CliProgress.Spinning(error, "analysing", () => "done").ShouldBe("done");
        error.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void IsShownOn_AStringWriter_IsFalse() => CliProgress.IsShownOn(new StringWriter()).ShouldBeFalse();
}
