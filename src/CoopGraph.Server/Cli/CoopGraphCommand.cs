using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace CoopGraph.Server.Cli;

/// <summary>The <c>coopgraph</c> command line: one verb per file in this folder.</summary>
public static class CoopGraphCommand
{
    /// <summary>The exit code of a command line that does not parse: an unknown verb or option, a missing argument.</summary>
    public const int UsageError = 2;

    /// <summary>Builds the root command with every verb; alone, it serves as <c>serve</c> does.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("CoopGraph: who can help whom among intellectual-property offices")
        {
            ServeCommand.Create(),
            ValidateCommand.Create(),
            ExportCommand.Create(),
            AnalyzeCommand.Create(),
            PathCommand.Create(),
            CompareCommand.Create(),
            ImportCommand.Create(),
            SyncCommand.Create(),
            PlanCommand.Create(),
            CohortsCommand.Create(),
            FollowUpCommand.Create(),
            GenerateCommand.Create(),
        };

        // Reached only without arguments: any token the root does not know is an error, or (see Parse) a host setting.
        root.SetAction((parse, cancellationToken) => Parse(["serve"]).InvokeAsync(parse.InvocationConfiguration, cancellationToken));
        return root;
    }

    /// <summary>
    /// Parses <paramref name="args"/>. With no verb the service runs: host settings first (<c>coopgraph --urls URL</c>)
    /// are read as <c>serve</c> with those arguments. Only <c>serve</c> passes unknown
    /// options on (to the host, which checks them); every other verb refuses them.
    /// </summary>
    public static ParseResult Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = Create();
        var result = root.Parse(args);
        if (result.Errors.Count > 0 && result.CommandResult.Command == root && args[0].StartsWith('-'))
        {
            result = root.Parse(["serve", .. args]);
        }

        if (result.Action is ParseErrorAction error)
        {
            // The errors and a "did you mean", not three screens of help.
            error.ShowHelp = false;
            error.ShowTypoCorrections = true;
        }

        return result;
    }

    /// <summary>Runs <paramref name="args"/>: the verb's exit code, or <see cref="UsageError"/> when they do not parse.</summary>
    public static async Task<int> InvokeAsync(IReadOnlyList<string> args, InvocationConfiguration? configuration = null, CancellationToken cancellationToken = default)
    {
        var parse = Parse(args);
        if (parse.Errors.Count == 0)
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }

        // The parser writes its suggestions to standard output; a usage error goes to standard error, all of it.
        var error = configuration?.Error ?? Console.Error;
        await parse.InvokeAsync(new InvocationConfiguration { Output = error, Error = error }, cancellationToken).ConfigureAwait(false);
        // The whole verb (e.g. "plan workshops"), so the hint's command line runs as it is.
        var verb = "";
        for (SymbolResult? at = parse.CommandResult; at is CommandResult { Command: not RootCommand } command; at = command.Parent)
        {
            verb = " " + command.Command.Name + verb;
        }

        await error.WriteLineAsync($"'coopgraph{verb} --help' lists what it accepts").ConfigureAwait(false);
        return UsageError;
    }
}
