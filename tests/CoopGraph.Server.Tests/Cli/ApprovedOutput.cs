using CoopGraph.Tests.Shared;

namespace CoopGraph.Server.Tests.Cli;

/// <summary>
/// A command's output checked against its committed file under tests/approved, so every change of a contract shows in
/// a diff and is deliberate: COOPGRAPH_UPDATE_APPROVED=1 rewrites the file (then review the diff and commit it).
/// </summary>
internal static class ApprovedOutput
{
    /// <summary>Checks <paramref name="run"/> succeeded and printed exactly tests/approved/<paramref name="file"/> (line endings aside).</summary>
    /// <param name="run">The command's run.</param>
    /// <param name="file">The approved file's name.</param>
    /// <param name="what">What the output is, for the failure message ("the analyze JSON").</param>
    public static void ShouldMatch(CliRun run, string file, string what)
    {
        run.ExitCode.ShouldBe(0, run.Error);

        var path = RepoPaths.Of("tests", "approved", file);
        var produced = run.Output.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("COOPGRAPH_UPDATE_APPROVED") == "1")
        {
            File.WriteAllText(path, produced);
        }

        File.Exists(path).ShouldBeTrue($"tests/approved/{file} is missing: run the tests once with COOPGRAPH_UPDATE_APPROVED=1");
        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(produced,
            $"{what} changed: if deliberate, rerun with COOPGRAPH_UPDATE_APPROVED=1, review the diff and commit it");
    }
}
