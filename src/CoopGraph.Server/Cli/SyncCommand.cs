using System.CommandLine;

using CoopGraph.Analytics;
using CoopGraph.Storage;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Server.Cli;

/// <summary>
/// <c>coopgraph sync --store neo4j:URI</c>: makes a Neo4j database hold the dataset, in transactions of bounded size
/// (resumable: a failure names the batch, and the same command continues from it), and with <c>--with-analytics</c> the
/// derived edges and office scores.
/// </summary>
internal static class SyncCommand
{
    /// <summary>Rows per transaction unless <c>--batch-size</c> says otherwise: Neo4j's advice for UNWIND writes is thousands to tens of thousands.</summary>
    public const int DefaultBatchSize = 10_000;

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var store = StoreOption.Create();
        var withAnalytics = new Option<bool>("--with-analytics") { Description = "Also write (:Office)-[:CAN_SUPPORT {weight, subjects}]->(:Office) edges for Neo4j Browser and Bloom" };
        var batchSize = new Option<int>("--batch-size") { Description = $"Rows written per transaction (default {DefaultBatchSize})", DefaultValueFactory = _ => DefaultBatchSize };
        batchSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--batch-size must be at least 1");
            }
        });
        var data = new DataOptions();
        var command = new Command("sync", "Write the dataset (default: the bundled Lima data) into a Neo4j database, replacing what CoopGraph wrote there before; " +
            "in transactions of --batch-size rows, and an interrupted sync continues where it stopped when run again") { store, withAnalytics, batchSize };
        data.AddTo(command, withStore: false);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var address = parse.GetValue(store)!;
            var (options, problem) = StoreAddress.Parse(address);
            if (options is not { Provider: StorageProvider.Neo4j })
            {
                error.WriteLine(problem ?? $"sync writes to Neo4j: give --store neo4j:URI (got '{address}'); to fill a SQLite file use 'coopgraph import'");
                return 1;
            }

            var dataset = await data.LoadAsync(parse, error, cancellationToken);
            if (dataset is null)
            {
                return 1;
            }

            try
            {
                var neo4j = GraphStoreFactory.CreateNeo4j(options.Neo4j);
                var progress = new Progress(error);
                var outcome = await neo4j.SyncAsync(dataset, "sync", parse.GetValue(batchSize), progress, cancellationToken);
                output.WriteLine(outcome.ResumedAt > outcome.Batches
                    ? $"{neo4j.Description} already holds version {dataset.Version}"
                    : $"{neo4j.Description}: version {outcome.PreviousVersion ?? "(none)"} -> {dataset.Version} ({dataset.Offices.Count} offices, {dataset.Requests.Count} requests, {dataset.Offers.Count} offers, {dataset.Initiatives.Count} initiatives; " +
                        $"{outcome.Batches} transactions{(outcome.ResumedAt > 1 ? $", continued from batch {outcome.ResumedAt}" : "")})");

                if (parse.GetValue(withAnalytics))
                {
                    var analysis = NetworkAnalysis.Of(dataset);
                    var edges = analysis.Snapshot.SupportEdges;
                    await neo4j.WriteSupportEdgesAsync(edges, cancellationToken);
                    var scores = OfficeMetrics.ByOffice(analysis);
                    await neo4j.WriteOfficeScoresAsync(scores, cancellationToken);
                    output.WriteLine($"wrote {edges.Count} CAN_SUPPORT edges and the centrality scores of {scores.Count} offices");
                }

                return 0;
            }
            catch (StoreUnavailableException ex)
            {
                error.WriteLine(ex.Message);
                return 1;
            }
        });
        return command;
    }

    // One line per committed batch on stderr, so a long sync shows it is moving and a failure's batch is in context.
    private sealed class Progress(TextWriter error) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value) => error.WriteLine($"sync: batch {value.Batch}/{value.Batches} written ({value.What})");
    }
}
