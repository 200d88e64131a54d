using System.Diagnostics;
using System.Text.Json;

using CoopGraph.Tests.Shared;

namespace CoopGraph.Storage.Tests.Neo4j;

/// <summary>Neo4j's own Cypher parser (npm <c>@neo4j-cypher/language-support</c>, tests/node/lint-cypher.mjs) run on statements.</summary>
internal static class Neo4jCypherParser
{
    /// <summary>One statement to check: its name for messages, the text, and the parameters it may use.</summary>
    public sealed record Statement(string Name, string Query, IReadOnlyList<string> Parameters);

    /// <summary>What the parser said about one statement.</summary>
    public sealed record Verdict(string Name, int Statements, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == "error");
    }

    /// <summary>A parser message.</summary>
    public sealed record Diagnostic(string Severity, string Message, int Line, int Column);

    /// <summary>Parses every statement; the test fails (not skips) when node or the packages are missing, as CI installs them.</summary>
    public static async Task<IReadOnlyList<Verdict>> ParseAsync(IEnumerable<Statement> statements, CancellationToken ct)
    {
        var start = new ProcessStartInfo("node", [RepoPaths.Of("tests", "node", "lint-cypher.mjs")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Of("tests", "node"),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        await process.StandardInput.WriteAsync(JsonSerializer.Serialize(statements.Select(s => new { name = s.Name, query = s.Query, parameters = s.Parameters }), web));
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        process.ExitCode.ShouldBe(0, await error);
        return JsonSerializer.Deserialize<List<Verdict>>(await output, web)!;
    }
}
