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
        var exit = CoopGraphCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
