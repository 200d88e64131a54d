using System.CommandLine;
using CoopGraph.Domain;
using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Validation;
using CoopGraph.Storage;

namespace CoopGraph.Server.Cli;

/// <summary>
/// The options that say which dataset a verb works on: <c>--data</c> (with <c>--base</c>, <c>--allow-new</c>) or, where
/// the verb reads a store, <c>--store</c>.
/// </summary>
internal sealed class DataOptions
{
    /// <summary><c>--data FILE</c>: a JSON or CSV dataset; the bundled Lima data when absent.</summary>
    public Option<FileInfo?> Data { get; } = new("--data") { Description = "Dataset file (.json canonical or .csv edge list); default: the bundled Lima 2022 data" };

    /// <summary><c>--base FILE</c>: for a CSV, the dataset supplying offices, areas and subjects.</summary>
    public Option<FileInfo?> Base { get; } = new("--base") { Description = "For a CSV: the JSON dataset that supplies offices, areas and subjects (default: Lima 2022)" };

    /// <summary><c>--allow-new</c>: a CSV may create offices and subjects.</summary>
    public Option<bool> AllowNew { get; } = new("--allow-new") { Description = "For a CSV: create offices and subjects the base does not know (and say so)" };

    /// <summary><c>--store sqlite:PATH | neo4j:URI</c>: read the dataset from a store instead of a file.</summary>
    public Option<string> Store { get; } = StoreOption.Create(required: false);

    /// <summary>Adds the options to <paramref name="command"/>; <c>--store</c> too unless the verb has its own.</summary>
    public void AddTo(Command command, bool withStore = true)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Data);
        command.Options.Add(Base);
        command.Options.Add(AllowNew);
        if (withStore)
        {
            command.Options.Add(Store);
        }
    }

    /// <summary>
    /// Loads the dataset the options name: <c>--data</c>, <c>--store</c>, or the bundled Lima data without either.
    /// Prints findings; null when unusable.
    /// </summary>
    public async Task<Dataset?> LoadAsync(ParseResult parse, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(error);
        var (file, store) = (parse.GetValue(Data), parse.GetValue(Store));
        if (file is not null && store is not null)
        {
            error.WriteLine("give --data FILE or --store ADDRESS, not both");
            return null;
        }

        if (file is not null)
        {
            return Read(file.ToString(), parse, error, listWarnings: false).Dataset;
        }

        if (store is null)
        {
            return BundledData.Lima2022;
        }

        try
        {
            return await StoreOption.Open(store).LoadAsync(cancellationToken);
        }
        catch (StoreUnavailableException ex)
        {
            error.WriteLine(ex.Message);
            return null;
        }
    }

    /// <summary>Reads <paramref name="path"/> against the <c>--base</c> dataset and prints findings and notices.</summary>
    /// <param name="path">The dataset file.</param>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="error">Where findings go.</param>
    /// <param name="listWarnings">Print every warning (validate does), or only their number (verbs that use the data).</param>
    public LoadResult Read(string path, ParseResult parse, TextWriter error, bool listWarnings = true)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(error);
        var basePath = parse.GetValue(Base)?.ToString();
        Dataset? csvBase = null;
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

        var allowNew = parse.GetValue(AllowNew);
        var result = CliProgress.Measured(error, "reading and checking " + Path.GetFileName(path), File.Exists(path) ? new FileInfo(path).Length : 0,
            bytesRead => DatasetFile.Load(path, () => csvBase ?? BundledData.Lima2022, allowNew, bytesRead));
        if (listWarnings || !result.Report.IsValid)
        {
            Print(result.Report, error);
        }
        else if (result.Report.Warnings.Count() is var warnings and > 0)
        {
            error.WriteLine($"{path}: {warnings} warning(s); 'coopgraph validate {path}' lists them");
        }

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
