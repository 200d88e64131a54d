using System.CommandLine;

namespace CoopGraph.Server.Cli;

/// <summary><c>coopgraph validate FILE</c>: every problem of a dataset file, one <c>place: message</c> line each.</summary>
internal static class ValidateCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "Dataset file: .json (canonical) or .csv (edge list, read against --base)" };
        var data = new DataOptions();
        var command = new Command("validate", "Check a dataset file; exit 0 when valid (warnings printed), 1 with one 'place: message' line per error") { file };
        command.Options.Add(data.Base);
        command.Options.Add(data.AllowNew);
        command.Options.Add(data.ListWarnings);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var result = data.Read(parse.GetValue(file)!.ToString(), parse, parse.InvocationConfiguration.Error);
            if (result.Dataset is null)
            {
                return 1;
            }

            var d = result.Dataset;
            output.WriteLine($"valid: {d.Offices.Count} offices, {d.Areas.Count} areas, {d.Subjects.Count} subjects, " +
                $"{d.Requests.Count} requests, {d.Offers.Count} offers, {d.Networks.Count} networks; " +
                $"{result.Report.Warnings.Count()} warnings; version {d.Version}");
            return 0;
        });
        return command;
    }
}
