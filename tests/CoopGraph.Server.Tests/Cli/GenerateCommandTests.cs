namespace CoopGraph.Server.Tests.Cli;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("coopgraph-generate-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Generate_OutInAMissingFolder_ExitsOneNamingTheOption()
    {
        var file = Path.Combine(_dir.FullName, "missing", "generated.json");

        var run = CliRun.Of("generate", "--offices", "5", "--subjects", "6", "--edges", "10", "--out", file);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith($"--out: cannot write {file}: ");
        run.Error.ShouldNotContain("Unhandled exception");
    }

    [Fact]
    public void Generate_ToFile_WritesTheSameValidDatasetEveryTime()
    {
        var (first, second) = (Path.Combine(_dir.FullName, "a.json"), Path.Combine(_dir.FullName, "b.json"));

        CliRun.Of("generate", "--offices", "40", "--subjects", "100", "--edges", "800", "--seed", "3", "--out", first).ExitCode.ShouldBe(0);
        CliRun.Of("generate", "--offices", "40", "--subjects", "100", "--edges", "800", "--seed", "3", "--out", second).ExitCode.ShouldBe(0);
        var validate = CliRun.Of("validate", first);

        File.ReadAllBytes(second).ShouldBe(File.ReadAllBytes(first));
        validate.ExitCode.ShouldBe(0, validate.Error);
        validate.Output.ShouldStartWith("valid: 40 offices, 5 areas, 100 subjects, 400 requests, 400 offers");
    }

    [Fact]
    public void Generate_ToStandardOutput_EqualsTheFile()
    {
        var file = Path.Combine(_dir.FullName, "g.json");

        CliRun.Of("generate", "--offices", "5", "--subjects", "6", "--edges", "10", "--out", file);
        var run = CliRun.Of("generate", "--offices", "5", "--subjects", "6", "--edges", "10");

        run.Output.ShouldBe(File.ReadAllText(file));
    }

    [Fact]
    public void Generate_TooManyEdges_ExitsOneNamingTheOption()
    {
        var run = CliRun.Of("generate", "--offices", "2", "--subjects", "2", "--edges", "5");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith("--edges: must be between 0 and half");
    }
}
