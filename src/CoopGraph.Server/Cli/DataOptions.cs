using System.CommandLine;
using System.Globalization;
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

    /// <summary><c>--list-warnings</c>: print every warning and notice instead of summarising those that repeat.</summary>
    public Option<bool> ListWarnings { get; } = new("--list-warnings") { Description = "Print every warning and notice (repeated ones are summarised otherwise)" };

    /// <summary><c>--store sqlite:PATH | neo4j:URI</c>: read the dataset from a store instead of a file.</summary>
    public Option<string> Store { get; } = StoreOption.Create(required: false);

    /// <summary><c>--round ID</c>: the dataset as it stood at that round; the latest when absent.</summary>
    public Option<string?> Round { get; } = new("--round") { Description = "Answer on the dataset as it stood at this round (its id, e.g. survey-2022-04); default: the latest round" };

    private bool _withRound;

    /// <summary>Adds the options to <paramref name="command"/>; <c>--store</c> too unless the verb has its own; <c>--round</c> for verbs that answer questions.</summary>
    public void AddTo(Command command, bool withStore = true, bool withRound = false)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Data);
        command.Options.Add(Base);
        command.Options.Add(AllowNew);
        if (withStore)
        {
            command.Options.Add(Store);
        }

        if (withRound)
        {
            command.Options.Add(Round);
            _withRound = true;
        }
    }

    /// <summary>
    /// <paramref name="dataset"/> as it stood at the <c>--round</c> given (itself without one); null after printing an
    /// error that names the option and the rounds there are.
    /// </summary>
    public Dataset? AtRound(Dataset dataset, ParseResult parse, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(error);
        if (!_withRound || parse.GetValue(Round) is not { } round)
        {
            return dataset;
        }

        if (!dataset.HasRound(round))
        {
            error.WriteLine($"--round: unknown round '{round}' (rounds: {string.Join(", ", dataset.AllRounds.Select(r => r.Id))})");
            return null;
        }

        return dataset.AtRound(round);
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
            return Read(file.ToString(), parse, error, listWarnings: false).Dataset is { } read ? AtRound(read, parse, error) : null;
        }

        if (store is null)
        {
            return AtRound(BundledData.Lima2022, parse, error);
        }

        try
        {
            return AtRound(await StoreOption.Open(store).LoadAsync(cancellationToken), parse, error);
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
        var all = parse.GetValue(ListWarnings);
        if (listWarnings || !result.Report.IsValid)
        {
            Print(result.Report, error, all);
        }
        else if (result.Report.Warnings.Count() is var warnings and > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {warnings:N0} warning(s); 'coopgraph validate {path}' lists them"));
        }

        if (all || result.Notices.Count <= ListUpTo)
        {
            foreach (var notice in result.Notices)
            {
                error.WriteLine(notice);
            }
        }
        else
        {
            foreach (var notice in result.Notices.Take(NamedInSummary))
            {
                error.WriteLine(notice);
            }

            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"… and {result.Notices.Count - NamedInSummary:N0} more created items (--list-warnings to see all)"));
        }

        return result;
    }

    // Findings of one kind are listed up to this many; beyond, one line gives their number and the first few items.
    private const int ListUpTo = 20;
    private const int NamedInSummary = 5;

    /// <summary>Prints <paramref name="report"/>: every error, and warnings summarised by kind unless <c>--list-warnings</c>.</summary>
    public void Print(ValidationReport report, TextWriter error, ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        Print(report, error, parse.GetValue(ListWarnings));
    }

    private static void Print(ValidationReport report, TextWriter error, bool all = true)
    {
        foreach (var issue in report.Errors)
        {
            error.WriteLine(issue);
        }

        foreach (var group in report.Warnings.GroupBy(w => w.Kind))
        {
            var warnings = group.ToList();
            if (all || group.Key is null || warnings.Count <= ListUpTo)
            {
                warnings.ForEach(error.WriteLine);
                continue;
            }

            var named = string.Join(", ", warnings.Take(NamedInSummary).Select(w => w.About));
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warning: {warnings.Count:N0} {group.Key}: {named}, … (--list-warnings to see all)"));
        }
    }
}
