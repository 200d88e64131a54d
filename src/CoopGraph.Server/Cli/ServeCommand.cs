using System.CommandLine;
using CoopGraph.Server.Hosting;

namespace CoopGraph.Server.Cli;

/// <summary><c>coopgraph serve</c> (also the default with no verb): runs the GraphQL service.</summary>
internal static class ServeCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("serve", "Run the GraphQL service (the default). Host settings pass through, e.g. --urls http://127.0.0.1:5080");
        Configure(command);
        return command;
    }

    /// <summary>Makes <paramref name="command"/> run the service, passing unrecognized arguments to the host.</summary>
    public static void Configure(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Host settings are options (--urls ...); a bare word is a mistyped verb, not a reason to start a server.
            if (parse.UnmatchedTokens is [var first, ..] && !first.StartsWith('-'))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(
                    $"unknown verb '{first}'; 'coopgraph --help' lists the verbs").ConfigureAwait(false);
                return 1;
            }

            var app = ServerHost.Build([.. parse.UnmatchedTokens]);
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
    }
}
