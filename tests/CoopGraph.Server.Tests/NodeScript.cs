using System.Diagnostics;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Server.Tests;

/// <summary>Runs a script of tests/node (graphql-js and friends, pinned there) with Node.js.</summary>
internal static class NodeScript
{
    private static readonly Lazy<string?> Node = new(() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "node"))
            .FirstOrDefault(File.Exists));

    /// <summary>Why the scripts cannot run here (no node, or tests/node not installed), or null when they can.</summary>
    public static string? Missing =>
        Node.Value is null ? "node is not on PATH (the tests/node scripts need Node.js)"
        : !Directory.Exists(RepoPaths.Of("tests", "node", "node_modules", "graphql")) ? "tests/node is not installed: run 'npm ci' in tests/node"
        : null;

    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/>, feeding <paramref name="input"/>; its stdout, or an exception with its stderr.</summary>
    public static async Task<string> RunAsync(string script, string[] arguments, string? input = null)
    {
        var start = new ProcessStartInfo(Node.Value ?? throw new InvalidOperationException(Missing))
        {
            WorkingDirectory = RepoPaths.Of("tests", "node"),
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"node {script} exited {process.ExitCode}: {await error}");
    }
}
