using System.Net;
using CoopGraph.Analytics.Views;
using CoopGraph.Server.Exports;
using CoopGraph.Server.Tests.Cli;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Server.Tests.Exports;

/// <summary>
/// The Lima exports approved as committed files (tests/reference/exports), the way schema.graphql is: every format of
/// <c>coopgraph export</c> and <c>GET /export/{format}</c>, each view. Set COOPGRAPH_UPDATE_EXPORTS=1 to rewrite them,
/// then review the diff and commit it: a change of an export is always visible and deliberate.
/// </summary>
public sealed class ExportApprovalTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    /// <summary>The committed file of each format; the dataset formats do not depend on the view.</summary>
    private static readonly Dictionary<string, (bool PerView, string Suffix)> Files = new(StringComparer.Ordinal)
    {
        ["json"] = (false, ".json"),
        ["csv"] = (false, ".csv"),
        ["cypher"] = (false, ".cypher"),
        ["graphml"] = (true, ".graphml"),
        ["gexf"] = (true, ".gexf"),
        ["cytoscape"] = (true, ".cyjs"),
        ["kumu"] = (true, ".kumu.json"),
        ["gephi-edges"] = (true, ".edges.csv"),
        ["gephi-nodes"] = (true, ".nodes.csv"),
        ["dot"] = (true, ".dot"),
        ["node-link"] = (true, ".node-link.json"),
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (format, file) in Files)
        {
            foreach (var view in file.PerView ? Enum.GetNames<ViewKind>() : [nameof(ViewKind.Support)])
            {
                cases.Add(format, view.ToLowerInvariant());
            }
        }

        return cases;
    }

    [Fact]
    public void Files_EveryExportFormat_HasACommittedFile() =>
        ExportFormats.All.Keys.Order(StringComparer.Ordinal).ShouldBe(Files.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Write_FormatAndView_IsTheCommittedFile(string format, string view)
    {
        var written = ExportFormats.Write(Lima.Dataset, format, Enum.Parse<ViewKind>(view, ignoreCase: true));
        var path = PathOf(format, view);
        if (Environment.GetEnvironmentVariable("COOPGRAPH_UPDATE_EXPORTS") == "1")
        {
            File.WriteAllText(path, written);
        }

        File.Exists(path).ShouldBeTrue($"{path} is missing: run the tests once with COOPGRAPH_UPDATE_EXPORTS=1");
        File.ReadAllText(path).ShouldBe(written, $"{path} is stale: run the tests with COOPGRAPH_UPDATE_EXPORTS=1, review the diff and commit it");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ExportCommand_FormatAndView_PrintsTheCommittedFile(string format, string view)
    {
        var run = CliRun.Of(["export", "--data", RepoPaths.Lima, "--format", format, .. Files[format].PerView ? new[] { "--view", view } : []]);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldBe(File.ReadAllText(PathOf(format, view)));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GetExport_FormatAndView_ServesTheCommittedFile(string format, string view)
    {
        var response = await fixture.Server.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/export/{format}" + (Files[format].PerView ? "?view=" + view : "")));

        response.Status.ShouldBe(HttpStatusCode.OK, response.Text);
        response.Text.ShouldBe(File.ReadAllText(PathOf(format, view)));
    }

    private static string PathOf(string format, string view)
    {
        var (perView, suffix) = Files[format];
        return RepoPaths.Of("tests", "reference", "exports", (perView ? "lima-" + view : "lima") + suffix);
    }
}
