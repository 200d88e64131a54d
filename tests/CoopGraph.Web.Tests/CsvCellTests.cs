using System.Diagnostics;
using System.Text.Json;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Web.Tests;

/// <summary>The page's CSV cell rule (web/src/csv.js) on the cases the server's CsvTable.Escape is tested on; runs in Node, no browser.</summary>
public sealed class CsvCellTests
{
    [Fact]
    public void CsvCell_SharedCases_AreTheServersCells()
    {
        const string script = """
            import { csvCell } from './web/src/csv.js';
            import { readFileSync } from 'node:fs';
            const { cases } = JSON.parse(readFileSync('tests/reference/csv-cells.json', 'utf8'));
            const wrong = cases.filter((c) => csvCell(c.value) !== c.cell).map((c) => `${JSON.stringify(c.value)} -> ${JSON.stringify(csvCell(c.value))}, expected ${JSON.stringify(c.cell)}`);
            process.stdout.write(JSON.stringify({ count: cases.length, wrong }));
            """;
        var start = new ProcessStartInfo("node", ["--input-type=module", "-e", script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.ShouldBe(0, error);
        var result = JsonDocument.Parse(output).RootElement;
        result.GetProperty("count").GetInt32().ShouldBeGreaterThan(10);
        result.GetProperty("wrong").EnumerateArray().Select(w => w.GetString()).ShouldBeEmpty();
    }
}
