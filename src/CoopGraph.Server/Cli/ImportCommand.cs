using System.CommandLine;
using CoopGraph.Domain.Changes;
using CoopGraph.Storage;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Server.Cli;

/// <summary><c>coopgraph import FILE --store ...</c>: writes a dataset file into a store, all or nothing.</summary>
internal static class ImportCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Dataset file: .json (canonical) or .csv (edge list, read against --base)" };
        var store = StoreOption.Create();
        var mode = new Option<string>("--mode") { Description = "merge: upsert by key into the stored data; replace: the file becomes the whole dataset", DefaultValueFactory = _ => "merge" };
        mode.AcceptOnlyFromAmong("merge", "replace");
        var actor = new Option<string>("--actor") { Description = "Who imports (recorded in the history)", DefaultValueFactory = _ => "cli:" + Environment.UserName };
        var data = new DataOptions();
        var command = new Command("import", "Import a dataset file into a store (atomic: on any error nothing changes)") { file, store, mode, actor };
        command.Options.Add(data.Base);
        command.Options.Add(data.AllowNew);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var loaded = data.Read(parse.GetValue(file)!.ToString(), parse, error, listWarnings: false);
            if (loaded.Dataset is null)
            {
                return 1;
            }

            try
            {
                var target = StoreOption.Open(parse.GetValue(store)!);
                var importMode = parse.GetValue(mode) == "replace" ? ImportMode.Replace : ImportMode.Merge;
                var before = await target.LoadAsync(cancellationToken);
                var after = await CliProgress.SpinningAsync(error, "importing into " + target.Description,
                    () => target.ImportAsync(loaded.Dataset, importMode, parse.GetValue(actor)!, before.Version, cancellationToken));
                output.WriteLine($"imported into {target.Description} ({importMode.ToString().ToLowerInvariant()}): {after.Offices.Count} offices, " +
                    $"{after.Subjects.Count} subjects, {after.Requests.Count} requests, {after.Offers.Count} offers; version {before.Version} -> {after.Version}");
                return 0;
            }
            catch (StoreValidationException ex)
            {
                foreach (var issue in ex.Report.Errors)
                {
                    error.WriteLine(issue);
                }

                error.WriteLine("nothing was imported");
                return 1;
            }
            catch (Exception ex) when (ex is StoreUnavailableException or StoreConflictException or QueryApiException)
            {
                error.WriteLine(ex.Message);
                return 1;
            }
        });
        return command;
    }
}
