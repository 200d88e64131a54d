using System.CommandLine;
using CoopGraph.Server.Cli;

namespace CoopGraph.Server.Tests.Cli;

/// <summary>Runs a <c>coopgraph</c> command line in process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CoopGraphCommand.InvokeAsync(args, new InvocationConfiguration { Output = output, Error = error }).GetAwaiter().GetResult();
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command that may serve until <paramref name="stop"/> (exit code -1 when stopped that way).</summary>
    public static async Task<CliRun> OfAsync(CancellationToken stop, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CoopGraphCommand.InvokeAsync(args, new InvocationConfiguration { Output = output, Error = error }, stop);
        return new CliRun(stop.IsCancellationRequested ? -1 : exit, output.ToString(), error.ToString());
    }

    /// <summary>Runs a command that should not serve, stopping it after <paramref name="limit"/> if it does.</summary>
    public static async Task<CliRun> OfAsync(TimeSpan limit, params string[] args)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(limit);
        return await OfAsync(timeout.Token, args);
    }
}
