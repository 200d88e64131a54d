using System.CommandLine;
using CoopGraph.Analytics.Reporting;
using CoopGraph.Analytics.Rounds;

namespace CoopGraph.Server.Cli;

/// <summary><c>coopgraph compare FROM TO</c>: what changed from one round to another (docs/rounds.md).</summary>
internal static class CompareCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var data = new DataOptions();
        var from = new Argument<string>("FROM") { Description = "The earlier round's id (e.g. survey-2022-04)" };
        var to = new Argument<string>("TO") { Description = "The later round's id (e.g. lima-2022-10)" };
        var format = new Option<string>("--format") { Description = "Output format: markdown (default), json or csv", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong("markdown", "json", "csv");
        var movers = new Option<int>("--movers") { Description = "How many PageRank rank movers to list", DefaultValueFactory = _ => RoundComparer.DefaultMovers };
        var command = new Command("compare", "What changed between two rounds: requests and offers added and withdrawn, subject status, isolation, rank movers, reciprocal pairs, match-plan coverage") { from, to, format, movers };
        data.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(movers) < 0)
            {
                error.WriteLine("--movers: must be 0 or more");
                return 1;
            }

            var dataset = await data.LoadAsync(parse, error, cancellationToken);
            if (dataset is null)
            {
                return 1;
            }

            foreach (var (name, id) in new[] { ("FROM", parse.GetValue(from)!), ("TO", parse.GetValue(to)!) })
            {
                if (!dataset.HasRound(id))
                {
                    error.WriteLine($"{name}: unknown round '{id}' (rounds: {string.Join(", ", dataset.AllRounds.Select(r => r.Id))})");
                    return 1;
                }
            }

            var comparison = CliProgress.Spinning(error, "comparing", () => RoundComparer.Compare(dataset, parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(movers)));
            parse.InvocationConfiguration.Output.Write(parse.GetValue(format) switch
            {
                "json" => ReportJson.Serialize(comparison),
                "csv" => ComparisonText.Csv(comparison),
                _ => ComparisonText.Markdown(comparison, dataset),
            });
            return 0;
        });
        return command;
    }
}
