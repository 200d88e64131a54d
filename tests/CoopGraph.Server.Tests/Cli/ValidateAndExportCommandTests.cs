using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Server.Tests.Cli;

public sealed class ValidateAndExportCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("coopgraph-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Validate_LimaJson_ExitsZeroAndPrintsWarnings()
    {
        var run = CliRun.Of("validate", RepoPaths.Lima);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldStartWith("valid:");
        run.Error.ShouldContain("warning: office 'PER' both requests and offers");
    }

    [Fact]
    public void Validate_BrokenCsv_ExitsOneNamingTheLine()
    {
        var csv = Path.Combine(_dir.FullName, "broken.csv");
        File.WriteAllText(csv, "office,subject,role\nBRASIL,green-patents,offer\nATLANTIS,green-patents,request\n");

        var run = CliRun.Of("validate", csv);

        run.ExitCode.ShouldBe(1);
        run.Error.Trim().ShouldBe($"{csv}:3:1: unknown office 'ATLANTIS' (give a code, name or alias the base dataset knows, or allow new offices: --allow-new, allowNew in GraphQL)");
    }

    [Fact]
    public void Validate_CsvWithAllowNew_ExitsZeroAndSaysWhatItCreated()
    {
        var csv = Path.Combine(_dir.FullName, "new.csv");
        File.WriteAllText(csv, "office,subject,role\nATLANTIS,green-patents,request\n");

        var run = CliRun.Of("validate", csv, "--allow-new");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldContain("created office 'ATLANTIS'");
    }

    [Fact]
    public void Export_JsonToCsvToJson_KeepsTheDataset()
    {
        var csv = Path.Combine(_dir.FullName, "lima.csv");
        var json = Path.Combine(_dir.FullName, "lima.json");

        CliRun.Of("export", "--data", RepoPaths.Lima, "--format", "csv", "--out", csv).ExitCode.ShouldBe(0);
        var back = CliRun.Of("export", "--data", csv, "--format", "json", "--out", json);

        back.ExitCode.ShouldBe(0, back.Error);
        DatasetJson.Load(json).Dataset.ShouldBe(DatasetJson.Load(RepoPaths.Lima).Dataset);
    }

    [Fact]
    public void Export_LimaAsJson_ReproducesTheCommittedFile()
    {
        var run = CliRun.Of("export", "--data", RepoPaths.Lima, "--format", "json");

        run.Output.ShouldBe(File.ReadAllText(RepoPaths.Lima));
    }

    [Fact]
    public void Export_UnknownFormat_IsRefusedByTheParser()
    {
        var run = CliRun.Of("export", "--format", "xlsx");

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("xlsx");
    }

    [Fact]
    public void Export_OutInAMissingFolder_ExitsOneNamingTheOption()
    {
        var file = Path.Combine(_dir.FullName, "missing", "lima.gexf");

        var run = CliRun.Of("export", "--format", "gexf", "--out", file);

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldStartWith($"--out: cannot write {file}: ");
        run.Error.ShouldNotContain("Unhandled exception");
    }

    [Fact]
    public void Validate_ManyNewOffices_SummarisesRepeatedWarningsAndNotices()
    {
        var csv = Path.Combine(_dir.FullName, "many.csv");
        File.WriteAllText(csv, "office,subject,role\n" + string.Concat(Enumerable.Range(1, 1200).Select(i => $"ABC{i},green-patents,request\n")));

        var run = CliRun.Of("validate", csv, "--allow-new");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldContain("warning: 1,200 offices have a code that is not an ISO 3166-1 alpha-3 country code: ABC1, ABC2, ABC3, ABC4, ABC5, … (--list-warnings to see all)");
        run.Error.ShouldNotContain("'ABC6'");
        run.Error.Split('\n').Length.ShouldBeLessThan(20, run.Error);
    }

    [Fact]
    public void Validate_ListWarnings_PrintsEveryOne()
    {
        var csv = Path.Combine(_dir.FullName, "many.csv");
        File.WriteAllText(csv, "office,subject,role\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"ABC{i},green-patents,request\n")));

        var run = CliRun.Of("validate", csv, "--allow-new", "--list-warnings");

        run.ExitCode.ShouldBe(0, run.Error);
        run.Error.ShouldContain($"{csv}:31:1: warning: office code 'ABC30' is not an ISO 3166-1 alpha-3 country code");
        run.Error.ShouldContain($"{csv}:31:1: created office 'ABC30'");
    }
}
