using System.Diagnostics;
using System.Text.Json;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Web.Tests;

/// <summary>
/// The workbench's JavaScript is type-checked: every module in web/src carries <c>// @ts-check</c> and JSDoc types, and
/// <c>tsc --noEmit</c> (npm <c>typescript</c>, pinned in web/package.json; web/tsconfig.json) must find no error.
/// </summary>
public sealed class TypeCheckTests
{
    [Fact]
    public void Tsc_WebSources_ReportsNoError()
    {
        var (exitCode, output) = Tsc("-p", RepoPaths.Of("web", "tsconfig.json"));

        exitCode.ShouldBe(0, $"tsc --noEmit in web/ found type errors:\n{output}");
    }

    [Fact]
    public void Tsc_DeliberateTypeError_FailsNamingIt()
    {
        // The project's own settings and files plus one module with a type error: the check must catch it, so a
        // configuration that checks nothing (checkJs off, an include that misses web/src) cannot pass unnoticed.
        var directory = Directory.CreateTempSubdirectory("coopgraph-tsc-");
        try
        {
            var bad = Path.Combine(directory.FullName, "deliberate.js");
            File.WriteAllText(bad, """
                import { fmt } from '../web/src/panel.js';

                /** @type {number} */
                export const size = fmt(3);
                """.Replace("../web/src", RepoPaths.Of("web", "src"), StringComparison.Ordinal));
            var config = Path.Combine(directory.FullName, "tsconfig.json");
            File.WriteAllText(config, JsonSerializer.Serialize(new
            {
                extends = RepoPaths.Of("web", "tsconfig.json"),
                include = new[] { RepoPaths.Of("web", "src", "**", "*.js"), RepoPaths.Of("web", "src", "**", "*.d.ts"), bad },
            }));

            var (exitCode, output) = Tsc("-p", config);

            exitCode.ShouldNotBe(0, output);
            output.ShouldContain("deliberate.js(4,14): error TS2322: Type 'string' is not assignable to type 'number'.");
            output.ShouldNotContain("web/src/");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static (int ExitCode, string Output) Tsc(params string[] arguments)
    {
        var tsc = RepoPaths.Of("web", "node_modules", "typescript", "bin", "tsc");
        File.Exists(tsc).ShouldBeTrue("run `npm ci` in web/ first (the server's build and .ci/run do)");
        var start = new ProcessStartInfo("node", [tsc, "--noEmit", "--pretty", "false", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Of("web"),
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExitAsync(TestContext.Current.CancellationToken).Wait(TestContext.Current.CancellationToken);
        return (process.ExitCode, output.Result + error.Result);
    }
}
