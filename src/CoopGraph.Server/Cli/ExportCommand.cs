using System.CommandLine;
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
        var view = new Option<ViewKind>("--view") { Description = "For the visualization formats: support (default), bipartite or collaboration", DefaultValueFactory = _ => ViewKind.Support };
        var command = new Command("export", "Write the dataset in another format: json/csv/cypher (dataset) or graphml, gexf, cytoscape, kumu, gephi-edges, gephi-nodes, dot, node-link (a view with metrics)") { format, output, view };
        data.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var dataset = await data.LoadAsync(parse, parse.InvocationConfiguration.Error, cancellationToken);
            if (dataset is null)
            {
                return 1;
            }

            var text = ExportFormats.Write(dataset, parse.GetValue(format)!, parse.GetValue(view));
            if (parse.GetValue(output) is { } file)
            {
                File.WriteAllText(file.FullName, text);
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
