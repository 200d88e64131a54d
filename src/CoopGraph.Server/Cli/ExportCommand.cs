using System.CommandLine;
using CoopGraph.Domain;
using CoopGraph.Domain.Formats;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Server.Cli;

/// <summary><c>coopgraph export</c>: writes a dataset in another format.</summary>
internal static class ExportCommand
{
    /// <summary>The formats and their writers; the visualization formats join this table.</summary>
    private static readonly Dictionary<string, Func<Dataset, string>> Writers = new(StringComparer.Ordinal)
    {
        ["json"] = DatasetJson.Serialize,
        ["csv"] = DatasetCsv.Serialize,
        ["cypher"] = CypherScript.Write,
    };

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var data = new DataOptions();
        var format = new Option<string>("--format") { Description = "Output format", Required = true };
        format.AcceptOnlyFromAmong([.. Writers.Keys]);
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Write the dataset in another format") { format, output };
        data.AddTo(command);
        command.SetAction(parse =>
        {
            var dataset = data.Load(parse, parse.InvocationConfiguration.Error);
            if (dataset is null)
            {
                return 1;
            }

            var text = Writers[parse.GetValue(format)!](dataset);
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
