using System.CommandLine;
using System.Text;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Views;
using CoopGraph.Server.Exports;

namespace CoopGraph.Server.Cli;

/// <summary><c>coopgraph export</c>: writes a dataset in another format.</summary>
internal static class ExportCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var data = new DataOptions();
        var format = new Option<string>("--format") { Description = "Output format", Required = true };
        format.AcceptOnlyFromAmong([.. ExportFormats.All.Keys]);
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var view = new Option<string?>("--view") { Description = "For the visualization formats: support (default), bipartite or collaboration" };
        view.AcceptOnlyFromAmong([.. Enum.GetNames<ViewKind>().Select(n => n.ToLowerInvariant())]);
        var area = new Option<string?>("--area") { Description = "For the visualization formats: only subjects of this area id (like network(area:))" };
        var subject = new Option<string?>("--subject") { Description = "For the visualization formats: only this subject id (like network(subject:))" };
        var command = new Command("export", "Write the dataset in another format: json/csv/cypher (dataset) or graphml, gexf, cytoscape, kumu, gephi-edges, gephi-nodes, dot, node-link (a view with metrics)") { format, output, view, area, subject };
        data.AddTo(command, withRound: true);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dataset = await data.LoadAsync(parse, parse.InvocationConfiguration.Error, cancellationToken);
            if (dataset is null)
            {
                return 1;
            }

            var writer = ExportFormats.All[parse.GetValue(format)!];
            var scope = new ExportFormats.Scope(parse.GetValue(view) is { } v ? ExportFormats.ParseView(v) : null, parse.GetValue(area), parse.GetValue(subject));
            var analysis = NetworkAnalysis.Of(dataset);
            if (ExportFormats.Problem(writer, scope, analysis.Snapshot.Names) is { } problem)
            {
                parse.InvocationConfiguration.Error.WriteLine($"--{problem.Argument}: {problem.Message}");
                return 2;
            }

            var text = writer.Write(analysis, scope);
            if (parse.GetValue(output) is { } file)
            {
                if (!OutputFile.TryWrite(file, stream => stream.Write(Encoding.UTF8.GetBytes(text)), parse.InvocationConfiguration.Error))
                {
                    return 1;
                }
            }
            else
            {
                parse.InvocationConfiguration.Output.Write(text);
            }

            return 0;
        });
        return command;
    }
}
