using System.CommandLine;
using CoopGraph.Server.Hosting;
using CoopGraph.Storage;

namespace CoopGraph.Server.Cli;

/// <summary><c>coopgraph serve</c> (also the default with no verb): runs the GraphQL service, the exports and the page.</summary>
internal static class ServeCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var store = StoreOption.Create(required: false);
        store.Description = "The store to serve (default: Storage settings, else sqlite:coopgraph.db in the working directory). " + store.Description;
        var noPage = new Option<bool>("--no-page") { Description = "Serve the API and exports without the workbench page (no web root needed)" };
        var command = new Command("serve", "Run the GraphQL service (the default). Host settings pass through: --urls URL, --environment NAME, " +
            "--webroot DIR (default: wwwroot beside the program) or any --Section:Key=value (e.g. --GraphQL:MaxDepth=15)")
        {
            store,
            noPage,
        };

        // Host settings are not options of this verb; HostArguments checks them instead of the parser.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var problems = HostArguments.Problems(parse.UnmatchedTokens, [store.Name, noPage.Name]);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    await error.WriteLineAsync(problem).ConfigureAwait(false);
                }

                await error.WriteLineAsync("'coopgraph serve --help' lists what it accepts").ConfigureAwait(false);
                return CoopGraphCommand.UsageError;
            }

            var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (parse.GetValue(store) is { } address)
            {
                foreach (var (key, value) in StoreOption.Settings(StoreAddress.Parse(address).Options!))
                {
                    settings[key] = value;
                }
            }

            if (parse.GetValue(noPage))
            {
                settings[WorkbenchPage.EnabledKey] = "false";
            }

            WebApplication app;
            try
            {
                app = ServerHost.Build([.. parse.UnmatchedTokens], settings);
            }
            catch (WorkbenchPageMissingException ex)
            {
                await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                return 1;
            }

            await app.RunAsync(cancellationToken).ConfigureAwait(false); // disposes the application when it stops
            return 0;
        });
        return command;
    }
}
