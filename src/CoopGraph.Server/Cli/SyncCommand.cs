using System.CommandLine;
using CoopGraph.Analytics;
using CoopGraph.Domain.Changes;
using CoopGraph.Storage;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Server.Cli;

/// <summary><c>coopgraph sync --store neo4j:URI</c>: makes a Neo4j database hold the dataset, and with <c>--with-analytics</c> the derived edges.</summary>
internal static class SyncCommand
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var store = StoreOption.Create();
        var withAnalytics = new Option<bool>("--with-analytics") { Description = "Also write (:Office)-[:CAN_SUPPORT {weight, subjects}]->(:Office) edges for Neo4j Browser and Bloom" };
        var data = new DataOptions();
        var command = new Command("sync", "Write the dataset (default: the bundled Lima data) into a Neo4j database, replacing what CoopGraph wrote there before") { store, withAnalytics };
        data.AddTo(command, withStore: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var address = parse.GetValue(store)!;
            if (!address.StartsWith("neo4j:", StringComparison.Ordinal))
            {
                error.WriteLine($"sync writes to Neo4j: give --store neo4j:URI (got '{address}'); to fill a SQLite file use 'coopgraph import'");
                return 1;
            }

            var dataset = await data.LoadAsync(parse, error, cancellationToken);
            if (dataset is null)
            {
                return 1;
            }

            try
            {
                var neo4j = (Neo4jGraphStore)StoreOption.Open(address);
                var before = await neo4j.LoadAsync(cancellationToken);
                if (before.Version == dataset.Version)
                {
                    output.WriteLine($"{neo4j.Description} already holds version {dataset.Version}");
                }
                else
                {
                    await neo4j.ImportAsync(dataset, ImportMode.Replace, "sync", before.Version, cancellationToken);
                    output.WriteLine($"{neo4j.Description}: version {before.Version} -> {dataset.Version} ({dataset.Offices.Count} offices, {dataset.Requests.Count} requests, {dataset.Offers.Count} offers)");
                }

                if (parse.GetValue(withAnalytics))
                {
                    var analysis = NetworkAnalysis.Of(dataset);
                    var edges = analysis.Snapshot.SupportEdges.Select(e => new Storage.Neo4j.SupportEdge(e.From, e.To, e.Subjects)).ToList();
                    await neo4j.WriteSupportEdgesAsync(edges, cancellationToken);
                    var scores = OfficeScores(analysis);
                    await neo4j.WriteOfficeScoresAsync(scores, cancellationToken);
                    output.WriteLine($"wrote {edges.Count} CAN_SUPPORT edges and the centrality scores of {scores.Count} offices");
                }

                return 0;
            }
            catch (StoreValidationException ex)
            {
                foreach (var issue in ex.Report.Errors)
                {
                    error.WriteLine(issue);
                }

                return 1;
            }
            catch (Exception ex) when (ex is StoreUnavailableException or StoreConflictException or QueryApiException)
            {
                error.WriteLine(ex.Message);
                return 1;
            }
        });
        return command;
    }

    // Property names as in `analyze --format json`, so Bloom rules and the CLI speak the same words.
    private static Dictionary<string, IReadOnlyDictionary<string, double>> OfficeScores(NetworkAnalysis analysis)
    {
        var isolation = analysis.Isolation().Offices.ToDictionary(o => o.Code, o => o.Score);
        return analysis.Centrality().Offices.ToDictionary(o => o.Code, o => (IReadOnlyDictionary<string, double>)new Dictionary<string, double>
        {
            ["inDegree"] = o.InDegree,
            ["outDegree"] = o.OutDegree,
            ["inStrength"] = o.InStrength,
            ["outStrength"] = o.OutStrength,
            ["betweenness"] = o.Betweenness,
            ["closeness"] = o.Closeness,
            ["harmonic"] = o.Harmonic,
            ["pageRank"] = o.PageRank,
            ["hub"] = o.Hub,
            ["authority"] = o.Authority,
            ["isolation"] = isolation[o.Code],
        });
    }
}
