using System.CommandLine;
using System.Globalization;
using CoopGraph.Analytics.FollowUp;
using CoopGraph.Analytics.Reporting;
using CoopGraph.Domain;

namespace CoopGraph.Server.Cli;

/// <summary><c>coopgraph followup</c>: needs without an initiative and stalled initiatives, by area and office.</summary>
internal static class FollowUpCommand
{
    /// <summary>Builds the verb (<c>--as-of</c> fixes "now" for a reproducible answer).</summary>
    public static Command Create()
    {
        var data = new DataOptions();
        var days = new Option<int>("--stalled-days") { Description = "An open initiative is stalled when its last step is at least this many days old", DefaultValueFactory = _ => FollowUpAnalyzer.DefaultStalledDays };
        var asOf = new Option<string?>("--as-of") { Description = "Measure stalled days to this date (ISO 8601, e.g. 2023-10-01); default: now" };
        var area = new Option<string?>("--area") { Description = "Only needs and initiatives of this area id" };
        var office = new Option<string?>("--office") { Description = "Only needs of this office and the initiatives it is part of (code, name or alias)" };
        var format = PlanCommand.Format();
        var command = new Command("followup", "Needs without any initiative, and initiatives stalled for N days, by area and office") { days, asOf, area, office, format };
        data.AddTo(command, withRound: true);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(days) < 0)
            {
                error.WriteLine($"--stalled-days: {parse.GetValue(days)} is negative; give 0 or more days");
                return 1;
            }

            var now = DateTimeOffset.UtcNow;
            if (parse.GetValue(asOf) is { } text && !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out now))
            {
                error.WriteLine($"--as-of: '{text}' is not an ISO 8601 date (e.g. 2023-10-01 or 2023-10-01T12:00:00Z)");
                return 1;
            }

            var dataset = await data.LoadAsync(parse, error, cancellationToken);
            if (dataset is null)
            {
                return 1;
            }

            var names = new DatasetNames(dataset);
            if (parse.GetValue(area) is { } a && names.Area(a) is null)
            {
                error.WriteLine($"--area: {names.NoArea(a)}");
                return 1;
            }

            string? code = null;
            if (parse.GetValue(office) is { } o && (code = names.Office(o)?.Code) is null)
            {
                error.WriteLine($"--office: {DatasetNames.NoOffice(o)}");
                return 1;
            }

            var result = FollowUpAnalyzer.Analyze(dataset, now, parse.GetValue(days)).Narrow(parse.GetValue(area), code);
            parse.InvocationConfiguration.Output.Write(parse.GetValue(format) == "json" ? ReportJson.Serialize(result) : FollowUpMarkdown.Write(result, dataset));
            return 0;
        });
        return command;
    }
}
