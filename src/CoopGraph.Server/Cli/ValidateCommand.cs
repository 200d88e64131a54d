using System.CommandLine;
using CoopGraph.Domain;
using CoopGraph.Domain.Validation;
using CoopGraph.Storage;

namespace CoopGraph.Server.Cli;

/// <summary><c>coopgraph validate FILE | --store ADDRESS</c>: every problem of a dataset, one <c>place: message</c> line each.</summary>
internal static class ValidateCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo?>("FILE") { Description = "Dataset file: .json (canonical) or .csv (edge list, read against --base)", Arity = ArgumentArity.ZeroOrOne };
        var data = new DataOptions();
        var command = new Command("validate", "Check a dataset file (or, with --store, the stored dataset); exit 0 when valid (warnings printed), 1 with one 'place: message' line per error") { file };
        command.Options.Add(data.Base);
        command.Options.Add(data.AllowNew);
        command.Options.Add(data.ListWarnings);
        command.Options.Add(data.Store);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var (path, store) = (parse.GetValue(file), parse.GetValue(data.Store));
            if ((path is null) == (store is null))
            {
                await error.WriteLineAsync(path is null ? "give a dataset FILE or --store ADDRESS" : "give a dataset FILE or --store ADDRESS, not both").ConfigureAwait(false);
                return CoopGraphCommand.UsageError;
            }

            Dataset dataset;
            ValidationReport report;
            if (path is not null)
            {
                var result = data.Read(path.ToString(), parse, error);
                if (result.Dataset is null)
                {
                    return 1;
                }

                (dataset, report) = (result.Dataset, result.Report);
            }
            else
            {
                try
                {
                    dataset = await StoreOption.Open(store!).LoadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (StoreUnavailableException ex)
                {
                    await error.WriteLineAsync(ex.Message).ConfigureAwait(false);
                    return 1;
                }

                report = DatasetValidator.Validate(dataset);
                data.Print(report, error, parse);
                if (!report.IsValid)
                {
                    return 1;
                }
            }

            await output.WriteLineAsync($"valid: {dataset.Offices.Count} offices, {dataset.Areas.Count} areas, {dataset.Subjects.Count} subjects, " +
                $"{dataset.Requests.Count} requests, {dataset.Offers.Count} offers, {dataset.Networks.Count} networks; " +
                $"{report.Warnings.Count()} warnings; version {dataset.Version}").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
