using System.Globalization;

using CoopGraph.Domain;
using CoopGraph.Domain.Initiatives;

namespace CoopGraph.Storage.Neo4j;

/// <summary>Where a sync is: batch <paramref name="Batch"/> of <paramref name="Batches"/> (1-based), what it writes.</summary>
/// <param name="Batch">The batch just committed.</param>
/// <param name="Batches">All batches of this sync.</param>
/// <param name="What">What the batch holds, e.g. <c>requests 5001–10000 of 500000</c>.</param>
public sealed record SyncProgress(int Batch, int Batches, string What);

/// <summary>What a sync did.</summary>
/// <param name="PreviousVersion">The version the graph held before (null when it was mid-sync or never written).</param>
/// <param name="Version">The version it holds now.</param>
/// <param name="Batches">The batches of the whole sync.</param>
/// <param name="ResumedAt">The first batch this run wrote (1 unless it continued an interrupted sync).</param>
public sealed record SyncOutcome(string? PreviousVersion, string Version, int Batches, int ResumedAt);

/// <summary>
/// A replace of the whole graph by a dataset too large for one transaction: the rows go in <c>UNWIND</c> batches of
/// bounded size, one transaction each, and each batch's transaction also records on the header that it is done. Every
/// node and relationship written is tagged with the target version; what is not tagged at the end is deleted (again in
/// bounded transactions), then the header takes the new version. A failure leaves the header naming the target and the
/// last batch done, so running the same sync again continues from the next batch. While a sync is under way the header
/// holds no version, so no reader mistakes the half-written graph for a dataset version.
/// </summary>
internal static class Neo4jSync
{
    /// <summary>The statements a sync sends, by name, with the parameters each one takes (the parser test reads these).</summary>
    public static IReadOnlyDictionary<string, (string Statement, string[] Parameters)> Statements { get; } = new Dictionary<string, (string, string[])>
    {
        ["state"] = ("MATCH (d:Dataset {key: 'current'}) RETURN d.version AS version, d.syncTarget AS syncTarget, coalesce(d.syncDone, 0) AS syncDone", []),
        ["begin"] = ("MERGE (d:Dataset {key: 'current'}) SET d.lock = coalesce(d.lock, 0) + 1, d.syncTarget = $target, d.syncDone = 0, d.version = null", ["target"]),
        ["done"] = ("MATCH (d:Dataset {key: 'current'}) WHERE d.syncTarget = $target SET d.syncDone = $batch RETURN d.syncDone AS done", ["target", "batch"]),
        ["offices"] = ("UNWIND $rows AS row MERGE (o:Office {code: row.code}) SET o.name = row.name, o.aliases = row.aliases, " +
            "o.institution = row.institution, o.attended = row.attended, o.ord = row.ord, o.sync = $target", ["rows", "target"]),
        ["areas"] = ("UNWIND $rows AS row MERGE (a:Area {id: row.id}) SET a.name = row.name, a.ord = row.ord, a.sync = $target", ["rows", "target"]),
        ["subjects"] = ("UNWIND $rows AS row MERGE (s:Subject {id: row.id}) SET s.name = row.name, s.request = row.request, " +
            "s.crossCutting = row.crossCutting, s.ord = row.ord, s.sync = $target " +
            "WITH s, row MATCH (a:Area {id: row.area}) MERGE (s)-[r:IN_AREA]->(a) SET r.sync = $target", ["rows", "target"]),
        ["requests"] = ("UNWIND $rows AS row MATCH (o:Office {code: row.office}) MATCH (s:Subject {id: row.subject}) " +
            "MERGE (o)-[r:REQUESTS]->(s) SET r.source = row.source, r.confidence = row.confidence, r.note = row.note, r.ord = row.ord, r.sync = $target", ["rows", "target"]),
        ["offers"] = ("UNWIND $rows AS row MATCH (o:Office {code: row.office}) MATCH (s:Subject {id: row.subject}) " +
            "MERGE (o)-[r:OFFERS]->(s) SET r.wording = row.wording, r.source = row.source, r.confidence = row.confidence, r.note = row.note, " +
            "r.ord = row.ord, r.sync = $target", ["rows", "target"]),
        ["networks"] = ("UNWIND $rows AS row MERGE (n:Network {id: row.id}) SET n.name = row.name, n.description = row.description, " +
            "n.ord = row.ord, n.sync = $target", ["rows", "target"]),
        ["members"] = ("UNWIND $rows AS row MATCH (o:Office {code: row.office}) MATCH (n:Network {id: row.network}) " +
            "MERGE (o)-[m:MEMBER_OF]->(n) SET m.ord = row.ord, m.sync = $target", ["rows", "target"]),
        // Initiatives as the store's own writes model them (Neo4jDatasetGraph), each node and relationship tagged like the rest.
        ["initiatives"] = ("UNWIND $rows AS row MERGE (i:Initiative {id: row.id}) SET i.title = row.title, i.round = row.round, i.ord = row.ord, " +
            "i.sync = $target WITH i, row MATCH (s:Subject {id: row.subject}) MERGE (i)-[r:ABOUT]->(s) SET r.sync = $target", ["rows", "target"]),
        ["initiative requests"] = ("UNWIND $rows AS row MATCH (i:Initiative {id: row.initiative}) MATCH (o:Office {code: row.office}) " +
            "MERGE (i)-[r:ANSWERS]->(o) SET r.ord = row.ord, r.sync = $target", ["rows", "target"]),
        ["initiative offers"] = ("UNWIND $rows AS row MATCH (i:Initiative {id: row.initiative}) MATCH (o:Office {code: row.office}) " +
            "MERGE (i)-[r:OFFERED_BY]->(o) SET r.ord = row.ord, r.sync = $target", ["rows", "target"]),
        ["initiative steps"] = ("UNWIND $rows AS row MATCH (i:Initiative {id: row.initiative}) " +
            "MERGE (i)-[h:HAS_STEP]->(st:InitiativeStep {initiative: row.initiative, ord: row.ord}) " +
            "SET st.status = row.status, st.at = row.at, st.actor = row.actor, st.note = row.note, st.sync = $target, h.sync = $target", ["rows", "target"]),
        ["stale relationships"] = ("MATCH (:Office|Subject|Initiative)-[r:REQUESTS|OFFERS|MEMBER_OF|IN_AREA|ABOUT|ANSWERS|OFFERED_BY|HAS_STEP]->() WHERE r.sync IS NULL OR r.sync <> $target " +
            "WITH r LIMIT $limit DELETE r RETURN count(*) AS deleted", ["target", "limit"]),
        ["rounds"] = ("UNWIND $rows AS row MERGE (r:Round {id: row.id}) SET r.name = row.name, r.date = row.date, r.kind = row.kind, " +
            "r.ord = row.ord, r.sync = $target", ["rows", "target"]),
        ["stale nodes"] = ("MATCH (n:Office|Area|Subject|Network|Round|Initiative|InitiativeStep) WHERE n.sync IS NULL OR n.sync <> $target " +
            "WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS deleted", ["target", "limit"]),
        ["finish"] = ("MATCH (d:Dataset {key: 'current'}) WHERE d.syncTarget = $target " +
            "SET d.formatVersion = $formatVersion, d.name = $name, d.source = $source, d.rounds = $rounds, d.version = $target, " +
            "d.sequence = coalesce(d.sequence, 0) + 1 REMOVE d.syncTarget, d.syncDone " +
            "CREATE (:Change {sequence: d.sequence, at: $at, actor: $actor, kind: 'import:replace', target: $name, version: $target}) " +
            "RETURN d.sequence AS sequence", ["target", "formatVersion", "name", "source", "rounds", "at", "actor"]),
    };

    /// <summary>The batches of <paramref name="dataset"/>, always in the same order, so a rerun can skip the ones done.</summary>
    public static List<(string Part, int First, int Total, Dictionary<string, object?>[] Rows)> Plan(Dataset dataset, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var parts = new (string Part, IEnumerable<Dictionary<string, object?>> Rows, int Count)[]
        {
            ("offices", dataset.Offices.Select((o, i) => Neo4jDatasetGraph.Row(("code", o.Code), ("name", o.Name), ("aliases", o.Aliases), ("institution", o.Institution), ("attended", o.Attended), ("ord", i))), dataset.Offices.Count),
            ("areas", dataset.Areas.Select((a, i) => Neo4jDatasetGraph.Row(("id", a.Id), ("name", a.Name), ("ord", i))), dataset.Areas.Count),
            ("subjects", dataset.Subjects.Select((s, i) => Neo4jDatasetGraph.Row(("id", s.Id), ("area", s.Area), ("name", s.Name), ("request", s.Request), ("crossCutting", s.CrossCutting), ("ord", i))), dataset.Subjects.Count),
            ("requests", dataset.Requests.Select((r, i) => Neo4jDatasetGraph.Row(("office", r.Office), ("subject", r.Subject), ("source", r.Source), ("confidence", Neo4jDatasetGraph.Format(r.Confidence)), ("note", r.Note), ("ord", i))), dataset.Requests.Count),
            ("offers", dataset.Offers.Select((o, i) => Neo4jDatasetGraph.Row(("office", o.Office), ("subject", o.Subject), ("wording", o.Wording), ("source", o.Source), ("confidence", Neo4jDatasetGraph.Format(o.Confidence)), ("note", o.Note), ("ord", i))), dataset.Offers.Count),
            ("networks", dataset.Networks.Select((n, i) => Neo4jDatasetGraph.Row(("id", n.Id), ("name", n.Name), ("description", n.Description), ("ord", i))), dataset.Networks.Count),
            ("rounds", Neo4jDatasetGraph.RoundRows(dataset), dataset.Rounds?.Count ?? 0),
            ("members", dataset.Networks.SelectMany(n => n.Members.Select((m, i) => Neo4jDatasetGraph.Row(("network", n.Id), ("office", m), ("ord", i)))), dataset.Networks.Sum(n => n.Members.Count)),
            ("initiatives", dataset.Initiatives.Select((x, i) => Neo4jDatasetGraph.Row(("id", x.Id), ("title", x.Title), ("subject", x.Subject), ("round", x.Round), ("ord", i))), dataset.Initiatives.Count),
            ("initiative requests", dataset.Initiatives.SelectMany(x => x.RequestOffices.Select((o, i) => Neo4jDatasetGraph.Row(("initiative", x.Id), ("office", o), ("ord", i)))), dataset.Initiatives.Sum(x => x.RequestOffices.Count)),
            ("initiative offers", dataset.Initiatives.SelectMany(x => x.OfferOffices.Select((o, i) => Neo4jDatasetGraph.Row(("initiative", x.Id), ("office", o), ("ord", i)))), dataset.Initiatives.Sum(x => x.OfferOffices.Count)),
            ("initiative steps", dataset.Initiatives.SelectMany(x => x.Steps.Select((st, i) => Neo4jDatasetGraph.Row(("initiative", x.Id), ("ord", i),
                ("status", InitiativeLifecycle.Name(st.Status)), ("at", Neo4jDatasetGraph.FormatInstant(st.At)), ("actor", st.Actor), ("note", st.Note)))), dataset.Initiatives.Sum(x => x.Steps.Count)),
        };
        return [.. parts.SelectMany(p => p.Rows.Chunk(batchSize).Select((rows, i) => (p.Part, (i * batchSize) + 1, p.Count, rows)))];
    }

    /// <summary>Runs (or continues) the sync of <paramref name="dataset"/>.</summary>
    public static async Task<SyncOutcome> RunAsync(QueryApiClient client, string store, Dataset dataset, string actor, DateTimeOffset at, int batchSize,
        IProgress<SyncProgress>? progress, CancellationToken ct)
    {
        var target = dataset.Version;
        var plan = Plan(dataset, batchSize);
        var batches = plan.Count + 1; // the row batches, then the clean-up
        var rows = (await client.RunAsync(Statements["state"].Statement, null, ct)).Rows;
        var state = rows.Count > 0 ? rows[0] : null;
        var previous = state?.GetString("version");
        var done = state?.GetString("syncTarget") == target ? (int)state!.GetInt64("syncDone") : 0;
        if (done == 0)
        {
            if (previous == target)
            {
                return new SyncOutcome(previous, target, batches, batches + 1);
            }

            await Run(client, "begin", new() { ["target"] = target }, ct);
        }

        var resumedAt = done + 1;
        for (var b = done; b < plan.Count; b++)
        {
            var (part, first, total, batch) = plan[b];
            var what = $"{part} {first}–{first + batch.Length - 1} of {total}";
            try
            {
                await client.InTransactionAsync(async tx =>
                {
                    await tx.RunAsync(Statements[part].Statement, new Dictionary<string, object?> { ["rows"] = batch, ["target"] = target }, ct);
                    var marked = await tx.RunAsync(Statements["done"].Statement, new Dictionary<string, object?> { ["target"] = target, ["batch"] = b + 1 }, ct);
                    return marked.Rows.Count == 1 ? true : throw new StoreUnavailableException("another sync took over the graph");
                }, ct);
            }
            catch (Exception ex) when (ex is QueryApiException or StoreUnavailableException or TransientQueryApiException)
            {
                throw Stopped(store, b + 1, batches, what, ex);
            }

            progress?.Report(new SyncProgress(b + 1, batches, what));
        }

        try
        {
            foreach (var name in new[] { "stale relationships", "stale nodes" })
            {
                // Bounded deletes until none is left; running them again after a failure is harmless.
                while ((await Run(client, name, new() { ["target"] = target, ["limit"] = batchSize }, ct)).Rows[0].GetInt64("deleted") > 0)
                {
                }
            }

            await Run(client, "finish", new()
            {
                ["target"] = target,
                ["formatVersion"] = dataset.FormatVersion,
                ["name"] = dataset.Name,
                ["source"] = dataset.Source,
                ["rounds"] = Neo4jDatasetGraph.RoundsJson(dataset),
                ["at"] = at.ToString("O", CultureInfo.InvariantCulture),
                ["actor"] = actor,
            }, ct);
        }
        catch (Exception ex) when (ex is QueryApiException or StoreUnavailableException or TransientQueryApiException)
        {
            throw Stopped(store, batches, batches, "clean-up of what the dataset no longer has", ex);
        }

        progress?.Report(new SyncProgress(batches, batches, "clean-up and the new version"));
        return new SyncOutcome(previous, target, batches, resumedAt);
    }

    private static Task<QueryResult> Run(QueryApiClient client, string name, Dictionary<string, object?> parameters, CancellationToken ct) =>
        client.RunAsync(Statements[name].Statement, parameters, ct);

    private static StoreUnavailableException Stopped(string store, int batch, int batches, string what, Exception ex) => new(
        $"{store}: sync stopped at batch {batch}/{batches} ({what}): {ex.Message}; batches 1–{batch - 1} are written: run the same sync again to continue from batch {batch}",
        ex);
}
