using System.CommandLine;
using CoopGraph.Domain;
using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Validation;

namespace CoopGraph.Server.Cli;

/// <summary>The options that say which dataset a verb works on: <c>--data</c>, <c>--base</c>, <c>--allow-new</c>.</summary>
internal sealed class DataOptions
{
    /// <summary><c>--data FILE</c>: a JSON or CSV dataset; the bundled Lima data when absent.</summary>
    public Option<FileInfo?> Data { get; } = new("--data") { Description = "Dataset file (.json canonical or .csv edge list); default: the bundled Lima 2022 data" };

    /// <summary><c>--base FILE</c>: for a CSV, the dataset supplying offices, areas and subjects.</summary>
    public Option<FileInfo?> Base { get; } = new("--base") { Description = "For a CSV: the JSON dataset that supplies offices, areas and subjects (default: Lima 2022)" };

    /// <summary><c>--allow-new</c>: a CSV may create offices and subjects.</summary>
    public Option<bool> AllowNew { get; } = new("--allow-new") { Description = "For a CSV: create offices and subjects the base does not know (and say so)" };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Base);
        command.Options.Add(AllowNew);
    }

    /// <summary>Loads the dataset the options name (the bundled Lima data without <c>--data</c>); prints findings, null when unusable.</summary>
    public Dataset? Load(ParseResult parse, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return parse.GetValue(Data) is { } file ? Read(file.ToString(), parse, error).Dataset : BundledData.Lima2022;
    }

    /// <summary>Reads <paramref name="path"/> against the <c>--base</c> dataset and prints findings and notices.</summary>
    public LoadResult Read(string path, ParseResult parse, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(error);
        var basePath = parse.GetValue(Base)?.ToString();
        var csvBase = BundledData.Lima2022;
        if (basePath is not null)
        {
            var baseResult = DatasetJson.Load(basePath);
            if (baseResult.Dataset is null)
            {
                Print(baseResult.Report, error);
                return LoadResult.Failed(baseResult.Report);
            }

            csvBase = baseResult.Dataset;
        }

        var result = DatasetFile.Load(path, csvBase, parse.GetValue(AllowNew));
        Print(result.Report, error);
        foreach (var notice in result.Notices)
        {
            error.WriteLine(notice);
        }

        return result;
    }

    private static void Print(ValidationReport report, TextWriter error)
    {
        foreach (var issue in report.Issues)
        {
            error.WriteLine(issue);
        }
    }
}
