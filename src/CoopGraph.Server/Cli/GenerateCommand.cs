using System.CommandLine;
using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Generation;

namespace CoopGraph.Server.Cli;

/// <summary><c>coopgraph generate</c>: a seeded synthetic network of any size, to try CoopGraph at scale (bench/ uses it).</summary>
internal static class GenerateCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var offices = new Option<int>("--offices") { Description = "Number of offices", Required = true };
        var subjects = new Option<int>("--subjects") { Description = "Number of subjects", Required = true };
        var edges = new Option<int>("--edges") { Description = "Requests plus offers (half each)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed: the same options write the same file", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output" };
        var command = new Command("generate", "Write a seeded synthetic dataset (canonical JSON) with skewed, realistic activity; docs/performance.md") { offices, subjects, edges, seed, output };
        command.SetAction(parse =>
        {
            var options = new GeneratorOptions(parse.GetValue(offices), parse.GetValue(subjects), parse.GetValue(edges), parse.GetValue(seed));
            if (options.Problem() is { } problem)
            {
                parse.InvocationConfiguration.Error.WriteLine($"--{problem.Field}: {problem.Message}");
                return 1;
            }

            var dataset = DatasetGenerator.Generate(options);
            var console = parse.InvocationConfiguration.Output;
            if (parse.GetValue(output) is { } file)
            {
                if (!OutputFile.TryWrite(file, stream => DatasetJson.Write(stream, dataset), parse.InvocationConfiguration.Error))
                {
                    return 1;
                }
            }
            else if (ReferenceEquals(console, Console.Out))
            {
                // Streamed: at a million edges the text would be 170 MB, twice over as a string.
                using var stdout = Console.OpenStandardOutput();
                DatasetJson.Write(stdout, dataset);
            }
            else
            {
                console.Write(DatasetJson.Serialize(dataset));
            }

            return 0;
        });
        return command;
    }
}
