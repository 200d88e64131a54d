using System.Diagnostics;
using System.Text.Json;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Storage.Tests.Neo4j;

/// <summary>One query for Neo4j's own Cypher parser, with the parameters it may use; <paramref name="Lint"/> false only splits it.</summary>
internal sealed record CypherQuery(string Name, string Query, IReadOnlyList<string> Parameters, bool Lint = true);

/// <summary>What the parser found: the statements it split the query into, and every diagnostic.</summary>
internal sealed record CypherLintResult(string Name, int Statements, IReadOnlyList<string> Texts, IReadOnlyList<CypherDiagnostic> Diagnostics)
{
    public IEnumerable<CypherDiagnostic> Errors => Diagnostics.Where(d => d.Severity == "error");
}

/// <summary>A parser message at a 1-based line and column.</summary>
internal sealed record CypherDiagnostic(string Severity, string Message, int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column} {Severity}: {Message}";
}

/// <summary>
/// Runs tests/node/lint-cypher.mjs (npm <c>@neo4j-cypher/language-support</c>, pinned: Neo4j's own parser) on a batch
/// of queries. No Neo4j server runs here, so this is the strongest check the Neo4j path gets in CI.
/// </summary>
internal static class CypherLint
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<CypherLintResult> Run(IReadOnlyList<CypherQuery> queries)
    {
        var script = RepoPaths.Of("tests", "node", "lint-cypher.mjs");
        File.Exists(RepoPaths.Of("tests", "node", "node_modules", "@neo4j-cypher", "language-support", "package.json"))
            .ShouldBeTrue("run `npm ci` in tests/node first (.ci/run does)");
        var start = new ProcessStartInfo("node", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Of("tests", "node"),
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.StandardInput.Write(JsonSerializer.Serialize(queries, Json));
        process.StandardInput.Close();
        process.WaitForExitAsync(TestContext.Current.CancellationToken).Wait(TestContext.Current.CancellationToken);
        process.ExitCode.ShouldBe(0, error.Result);
        var results = JsonSerializer.Deserialize<List<CypherLintResult>>(output.Result, Json)!;
        results.Select(r => r.Name).ShouldBe(queries.Select(q => q.Name));
        return results;
    }
}
