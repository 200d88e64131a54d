using System.CommandLine;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Matching;
using CoopGraph.Analytics.Reporting;
using CoopGraph.Analytics.WhatIf;

namespace CoopGraph.Server.Cli;

/// <summary><c>coopgraph analyze</c>: centrality, needs, isolation, reciprocal pairs, match plan (docs/analytics.md).</summary>
internal static class AnalyzeCommand
{
    private static readonly Dictionary<string, Func<AnalysisReport, string>> Writers = new(StringComparer.Ordinal)
    {
        ["json"] = ReportJson.Serialize,
        ["markdown"] = ReportMarkdown.Write,
        ["csv"] = ReportCsv.Write,
    };

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var data = new DataOptions();
        var format = new Option<string>("--format") { Description = "Output format: json (documented contract), markdown or csv", DefaultValueFactory = _ => "markdown" };
        format.AcceptOnlyFromAmong([.. Writers.Keys]);
        var remove = new Option<string[]>("--remove") { Description = "Office codes to remove first (comma or space separated); adds a what-if section", AllowMultipleArgumentsPerToken = true };
        var capacity = new Option<int>("--capacity") { Description = "Match plan: requests each offering office can serve", DefaultValueFactory = _ => NetworkAnalysis.DefaultCapacity };
        var perSubject = new Option<bool>("--per-subject") { Description = "Match plan: the capacity applies per office and subject instead of per office in total" };
        var weighted = new Option<bool>("--weighted") { Description = "Betweenness on edge length 1/w (strong ties are short)" };
        var evidence = new Option<string>("--evidence") { Description = $"Support-graph evidence: summary (counts, and at most {ReportOptions.SummaryNeighbourLimit} supporters and supported offices listed per office; default) or full (every edge with its subjects, every supporter; large)", DefaultValueFactory = _ => "summary" };
        evidence.AcceptOnlyFromAmong("summary", "full");
        var pairs = new Option<string>("--pairs")
        {
            Description = $"Reciprocal pairs to list: a number (the strongest that many; default {ReportOptions.DefaultReciprocalPairLimit}) or all; their count is always exact",
            DefaultValueFactory = _ => ReportOptions.DefaultReciprocalPairLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var command = new Command("analyze", "Analyse the network: every office, subject, reciprocal pair and the match plan") { format, remove, capacity, perSubject, weighted, evidence, pairs };
        data.AddTo(command, withRound: true);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(capacity) < 0)
            {
                error.WriteLine("--capacity: must be 0 or more");
                return 1;
            }

            int? pairLimit = null;
            if (parse.GetValue(pairs) is var pairText && pairText != "all")
            {
                if (!int.TryParse(pairText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit))
                {
                    error.WriteLine($"--pairs: '{pairText}' is neither a number of pairs (0 or more) nor 'all'");
                    return 1;
                }

                pairLimit = limit;
            }

            var dataset = await data.LoadAsync(parse, error, cancellationToken);
            if (dataset is null)
            {
                return 1;
            }

            var removed = (parse.GetValue(remove) ?? []).SelectMany(c => c.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var options = new ReportOptions(removed, parse.GetValue(capacity), parse.GetValue(perSubject) ? CapacityMode.PerSubject : CapacityMode.Total, parse.GetValue(weighted),
                parse.GetValue(evidence) == "full" ? EvidenceDetail.Full : EvidenceDetail.Summary, pairLimit);
            AnalysisReport report;
            try
            {
                report = CliProgress.Spinning(error, "analysing", () => NetworkAnalysis.Of(dataset).Report(options));
            }
            catch (ScenarioException ex) when (ex.List == ScenarioList.RemoveOffices)
            {
                error.WriteLine($"--remove: {ex.Problem}");
                return 1;
            }
            catch (ArgumentException ex)
            {
                error.WriteLine(ex.UserMessage());
                return 1;
            }

            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == "json" && ReferenceEquals(output, Console.Out))
            {
                // Straight to the terminal or pipe as it is written: a report at scale is never one string.
                using var stdout = Console.OpenStandardOutput();
                ReportJson.Write(stdout, report);
            }
            else
            {
                output.Write(Writers[parse.GetValue(format)!](report));
            }

            return 0;
        });
        return command;
    }
}
