using System.CommandLine;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Paths;
using CoopGraph.Analytics.Reporting;
using CoopGraph.Domain;

namespace CoopGraph.Server.Cli;

/// <summary><c>coopgraph path FROM TO</c>: chains of support from one office to another, every hop justified.</summary>
internal static class PathCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var data = new DataOptions();
        var from = new Argument<string>("FROM") { Description = "Office that helps first (code, name or alias)" };
        var to = new Argument<string>("TO") { Description = "Office helped last (code, name or alias)" };
        var k = new Option<int>("--k") { Description = "How many shortest loopless paths (Yen)", DefaultValueFactory = _ => 1 };
        var subjects = new Option<string[]>("--subject") { Description = "Only support on these subject ids", AllowMultipleArgumentsPerToken = true };
        var area = new Option<string?>("--area") { Description = "Only support on subjects of this area id" };
        var weighted = new Option<bool>("--weighted") { Description = "Prefer strong ties: edge length 1/(shared subjects)" };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json");
        var command = new Command("path", "Chains of support from FROM to TO, with the request and offer behind every hop") { from, to, k, subjects, area, weighted, format };
        data.AddTo(command, withRound: true);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(k) < 1)
            {
                error.WriteLine("--k: must be 1 or more");
                return 1;
            }

            var dataset = await data.LoadAsync(parse, error, cancellationToken);
            if (dataset is null)
            {
                return 1;
            }

            var analysis = NetworkAnalysis.Of(dataset);
            var names = analysis.Snapshot.Names;
            // Every name is resolved here, so each error names the argument or option as the user typed it.
            var ends = new[] { ("FROM", parse.GetValue(from)!), ("TO", parse.GetValue(to)!) };
            if (ends.FirstOrDefault(e => names.Office(e.Item2) is null) is ({ } place, { } unknown))
            {
                error.WriteLine($"{place}: {DatasetNames.NoOffice(unknown)}");
                return 1;
            }

            if (parse.GetValue(subjects)?.FirstOrDefault(s => names.Subject(s) is null) is { } noSubject)
            {
                error.WriteLine($"--subject: no subject '{noSubject}'");
                return 1;
            }

            if (parse.GetValue(area) is { } a && names.Area(a) is null)
            {
                error.WriteLine($"--area: {names.NoArea(a)}");
                return 1;
            }

            var options = new PathOptions(parse.GetValue(k), parse.GetValue(subjects), parse.GetValue(area), parse.GetValue(weighted));
            PathsResult result;
            try
            {
                result = analysis.Paths(names.Office(ends[0].Item2)!.Code, names.Office(ends[1].Item2)!.Code, options);
            }
            catch (ArgumentException ex)
            {
                error.WriteLine(ex.UserMessage());
                return 1;
            }

            var output = parse.InvocationConfiguration.Output;
            output.Write(parse.GetValue(format) == "json" ? ReportJson.Serialize(result) : ReportMarkdown.Write(result, dataset));
            return 0;
        });
        return command;
    }
}
