using System.CommandLine;
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
        data.AddTo(command);
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

            var dataset = data.Load(parse, error);
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
                    var edges = SupportEdge.Compute(dataset);
                    await neo4j.WriteSupportEdgesAsync(edges, cancellationToken);
                    output.WriteLine($"wrote {edges.Count} CAN_SUPPORT edges");
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
}
