using System.Globalization;
using CoopGraph.Domain;
using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Initiatives;

namespace CoopGraph.Storage.Neo4j;

/// <summary>
/// Reads and writes a dataset as the graph of the issue's model: <c>(:Office)-[:REQUESTS|OFFERS]->(:Subject)-[:IN_AREA]->(:Area)</c>,
/// <c>(:Office)-[:MEMBER_OF]->(:Network)</c>, <c>(:Initiative)-[:ABOUT]->(:Subject)</c> with
/// <c>(:Initiative)-[:ANSWERS]->(:Office)</c> (the requesting offices), <c>(:Initiative)-[:OFFERED_BY]->(:Office)</c> and
/// <c>(:Initiative)-[:HAS_STEP]->(:InitiativeStep)</c>, and one <c>(:Dataset {key: 'current'})</c> header. Every list keeps its
/// order in an <c>ord</c> property (the version hashes it). Values travel as parameters only.
/// </summary>
internal static class Neo4jDatasetGraph
{
    private const int BatchSize = 500;

    /// <summary>
    /// Locks the header (creating it if missing) so writers queue; returns whether a dataset was ever written, the last
    /// sequence and the version the graph holds.
    /// </summary>
    public static async Task<(bool Written, long Sequence, string? Version)> LockAsync(QueryApiTransaction tx, CancellationToken ct)
    {
        var result = await tx.RunAsync(
            "MERGE (d:Dataset {key: 'current'}) SET d.lock = coalesce(d.lock, 0) + 1 " +
            "RETURN d.name IS NOT NULL AS written, coalesce(d.sequence, 0) AS sequence, d.version AS version", null, ct);
        var row = result.Rows[0];
        return (row.GetBoolean("written"), row.GetInt64("sequence"), row.GetString("version"));
    }

    /// <summary>The version the header holds, or null (never written).</summary>
    public static async Task<string?> VersionAsync(QueryApiTransaction tx, CancellationToken ct) =>
        (await tx.RunAsync("MATCH (d:Dataset {key: 'current'}) WHERE d.name IS NOT NULL RETURN d.version AS version", null, ct)).Rows
            .Select(r => r.GetString("version")).FirstOrDefault();

    /// <summary>Writes the (:Round) nodes: id, name, date, kind and order, for queries by round.</summary>
    public const string RoundStatement = "UNWIND $rows AS row MERGE (r:Round {id: row.id}) SET r.name = row.name, r.date = row.date, r.kind = row.kind, r.ord = row.ord";

    /// <summary>The rows of <see cref="RoundStatement"/>: none for a dataset without rounds.</summary>
    public static IEnumerable<Dictionary<string, object?>> RoundRows(Dataset dataset) =>
        (dataset.Rounds ?? []).Select((r, i) => Row(("id", r.Id), ("name", r.Name), ("date", r.Date), ("kind", r.Kind is { } k ? RoundKinds.Name(k) : null), ("ord", i)));

    /// <summary>The rounds as their canonical JSON (the header's lossless copy), or null.</summary>
    public static string? RoundsJson(Dataset dataset) => dataset.Rounds is null ? null : DatasetJson.SerializeRounds(dataset.Rounds);

    /// <summary>The stored dataset, or null when none was written.</summary>
    public static async Task<Dataset?> ReadAsync(Func<string, Task<QueryResult>> run)
    {
        var header = (await run("MATCH (d:Dataset {key: 'current'}) WHERE d.name IS NOT NULL " +
            "RETURN d.formatVersion AS formatVersion, d.name AS name, d.source AS source, d.rounds AS rounds")).Rows;
        if (header.Count == 0)
        {
            return null;
        }

        var offices = (await run("MATCH (o:Office) RETURN o.code AS code, o.name AS name, o.aliases AS aliases, " +
            "o.institution AS institution, o.attended AS attended ORDER BY o.ord")).Rows
            .Select(r => new Office(r.GetRequiredString("code"), r.GetRequiredString("name"), r.GetStrings("aliases"), r.GetString("institution"), r.GetBoolean("attended")));
        var areas = (await run("MATCH (a:Area) RETURN a.id AS id, a.name AS name ORDER BY a.ord")).Rows
            .Select(r => new Area(r.GetRequiredString("id"), r.GetRequiredString("name")));
        var subjects = (await run("MATCH (s:Subject) OPTIONAL MATCH (s)-[:IN_AREA]->(a:Area) RETURN s.id AS id, a.id AS area, " +
            "s.name AS name, s.request AS request, s.crossCutting AS crossCutting ORDER BY s.ord")).Rows
            .Select(r => new Subject(r.GetRequiredString("id"), r.GetString("area") ?? "", r.GetRequiredString("name"), r.GetString("request"), r.GetBoolean("crossCutting")));
        var requests = (await run("MATCH (o:Office)-[r:REQUESTS]->(s:Subject) RETURN o.code AS office, s.id AS subject, " +
            "r.source AS source, r.confidence AS confidence, r.note AS note ORDER BY r.ord")).Rows
            .Select(r => new Request(r.GetRequiredString("office"), r.GetRequiredString("subject"), r.GetRequiredString("source"),
                ParseConfidence(r.GetRequiredString("confidence")), r.GetString("note")));
        var offers = (await run("MATCH (o:Office)-[r:OFFERS]->(s:Subject) RETURN o.code AS office, s.id AS subject, " +
            "r.wording AS wording, r.source AS source, r.confidence AS confidence, r.note AS note ORDER BY r.ord")).Rows
            .Select(r => new Offer(r.GetRequiredString("office"), r.GetRequiredString("subject"), r.GetString("wording"),
                r.GetRequiredString("source"), ParseConfidence(r.GetRequiredString("confidence")), r.GetString("note")));
        var networks = (await run("MATCH (n:Network) OPTIONAL MATCH (o:Office)-[m:MEMBER_OF]->(n) WITH n, o, m ORDER BY m.ord " +
            "RETURN n.id AS id, n.name AS name, n.description AS description, n.ord AS ord, collect(o.code) AS members ORDER BY ord")).Rows
            .Select(r => new Network(r.GetRequiredString("id"), r.GetRequiredString("name"), r.GetString("description"), r.GetStrings("members")));
        var h = header[0];
        // The rounds' lossless copy is the JSON on the header (earlier rounds' requests and offers are not relationships).
        var rounds = h.GetString("rounds");
        return new Dataset((int)h.GetInt64("formatVersion"), h.GetRequiredString("name"), h.GetString("source"),
            [.. offices], [.. areas], [.. subjects], [.. requests], [.. offers], [.. networks])
        {
            Initiatives = await ReadInitiativesAsync(run),
            Rounds = rounds is null ? null : DatasetJson.ParseRounds(rounds),
        };
    }

    private static async Task<List<Initiative>> ReadInitiativesAsync(Func<string, Task<QueryResult>> run)
    {
        var answers = (await run("MATCH (i:Initiative)-[r:ANSWERS]->(o:Office) RETURN i.id AS initiative, o.code AS office ORDER BY i.id, r.ord")).Rows
            .ToLookup(r => r.GetRequiredString("initiative"), r => r.GetRequiredString("office"));
        var offered = (await run("MATCH (i:Initiative)-[r:OFFERED_BY]->(o:Office) RETURN i.id AS initiative, o.code AS office ORDER BY i.id, r.ord")).Rows
            .ToLookup(r => r.GetRequiredString("initiative"), r => r.GetRequiredString("office"));
        var steps = (await run("MATCH (i:Initiative)-[:HAS_STEP]->(st:InitiativeStep) RETURN i.id AS initiative, st.status AS status, " +
            "st.at AS at, st.actor AS actor, st.note AS note ORDER BY i.id, st.ord")).Rows
            .ToLookup(r => r.GetRequiredString("initiative"), r => new InitiativeStep(
                InitiativeLifecycle.Parse(r.GetRequiredString("status")) ?? throw new InvalidDataException($"InitiativeStep: unknown status '{r.GetString("status")}'"),
                DateTimeOffset.Parse(r.GetRequiredString("at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), r.GetRequiredString("actor"), r.GetString("note")));
        var rows = (await run("MATCH (i:Initiative) OPTIONAL MATCH (i)-[:ABOUT]->(s:Subject) RETURN i.id AS id, i.title AS title, " +
            "s.id AS subject, i.round AS round ORDER BY i.ord")).Rows;
        return [.. rows.Select(r => (Id: r.GetRequiredString("id"), Row: r)).Select(x => new Initiative(x.Id, x.Row.GetRequiredString("title"),
            x.Row.GetString("subject") ?? "", [.. answers[x.Id]], [.. offered[x.Id]], x.Row.GetString("round"), [.. steps[x.Id]]))];
    }

    /// <summary>Makes the graph hold <paramref name="dataset"/> for the <paramref name="parts"/> that changed: merge by key, delete what is gone.</summary>
    public static async Task WriteAsync(QueryApiTransaction tx, Dataset dataset, DatasetParts parts, CancellationToken ct)
    {
        await tx.RunAsync("MATCH (d:Dataset {key: 'current'}) SET d.formatVersion = $formatVersion, d.name = $name, d.source = $source, d.version = $version, d.rounds = $rounds",
            new Dictionary<string, object?>
            {
                ["formatVersion"] = dataset.FormatVersion,
                ["name"] = dataset.Name,
                ["source"] = dataset.Source,
                ["version"] = dataset.Version,
                ["rounds"] = RoundsJson(dataset),
            }, ct);
        if (parts.HasFlag(DatasetParts.Header))
        {
            await UnwindAsync(tx, RoundStatement, RoundRows(dataset), ct);
            await DeleteStaleAsync(tx, "MATCH (r:Round) WHERE NOT r.id IN $keys DETACH DELETE r", (dataset.Rounds ?? []).Select(r => r.Id), ct);
        }

        if (parts.HasFlag(DatasetParts.Offices))
        {
            await UnwindAsync(tx, "UNWIND $rows AS row MERGE (o:Office {code: row.code}) SET o.name = row.name, o.aliases = row.aliases, " +
                "o.institution = row.institution, o.attended = row.attended, o.ord = row.ord",
                dataset.Offices.Select((o, i) => Row(("code", o.Code), ("name", o.Name), ("aliases", o.Aliases), ("institution", o.Institution), ("attended", o.Attended), ("ord", i))), ct);
            await DeleteStaleAsync(tx, "MATCH (o:Office) WHERE NOT o.code IN $keys DETACH DELETE o", dataset.Offices.Select(o => o.Code), ct);
        }

        if (parts.HasFlag(DatasetParts.Areas))
        {
            await UnwindAsync(tx, "UNWIND $rows AS row MERGE (a:Area {id: row.id}) SET a.name = row.name, a.ord = row.ord",
                dataset.Areas.Select((a, i) => Row(("id", a.Id), ("name", a.Name), ("ord", i))), ct);
            await DeleteStaleAsync(tx, "MATCH (a:Area) WHERE NOT a.id IN $keys DETACH DELETE a", dataset.Areas.Select(a => a.Id), ct);
        }

        if (parts.HasFlag(DatasetParts.Subjects))
        {
            var rows = dataset.Subjects.Select((s, i) => Row(("id", s.Id), ("area", s.Area), ("name", s.Name), ("request", s.Request), ("crossCutting", s.CrossCutting), ("ord", i))).ToList();
            await UnwindAsync(tx, "UNWIND $rows AS row MATCH (:Subject {id: row.id})-[r:IN_AREA]->(a:Area) WHERE a.id <> row.area DELETE r", rows, ct);
            await UnwindAsync(tx, "UNWIND $rows AS row MERGE (s:Subject {id: row.id}) SET s.name = row.name, s.request = row.request, " +
                "s.crossCutting = row.crossCutting, s.ord = row.ord WITH s, row MATCH (a:Area {id: row.area}) MERGE (s)-[:IN_AREA]->(a)", rows, ct);
            await DeleteStaleAsync(tx, "MATCH (s:Subject) WHERE NOT s.id IN $keys DETACH DELETE s", dataset.Subjects.Select(s => s.Id), ct);
        }

        if (parts.HasFlag(DatasetParts.Requests))
        {
            await UnwindAsync(tx, "UNWIND $rows AS row MATCH (o:Office {code: row.office}) MATCH (s:Subject {id: row.subject}) " +
                "MERGE (o)-[r:REQUESTS]->(s) SET r.source = row.source, r.confidence = row.confidence, r.note = row.note, r.ord = row.ord",
                dataset.Requests.Select((r, i) => Row(("office", r.Office), ("subject", r.Subject), ("source", r.Source), ("confidence", Format(r.Confidence)), ("note", r.Note), ("ord", i))), ct);
            await DeleteStaleAsync(tx, "MATCH (o:Office)-[r:REQUESTS]->(s:Subject) WHERE NOT (o.code + '|' + s.id) IN $keys DELETE r",
                dataset.Requests.Select(r => r.Office + "|" + r.Subject), ct);
        }

        if (parts.HasFlag(DatasetParts.Offers))
        {
            await UnwindAsync(tx, "UNWIND $rows AS row MATCH (o:Office {code: row.office}) MATCH (s:Subject {id: row.subject}) " +
                "MERGE (o)-[r:OFFERS]->(s) SET r.wording = row.wording, r.source = row.source, r.confidence = row.confidence, r.note = row.note, r.ord = row.ord",
                dataset.Offers.Select((o, i) => Row(("office", o.Office), ("subject", o.Subject), ("wording", o.Wording), ("source", o.Source), ("confidence", Format(o.Confidence)), ("note", o.Note), ("ord", i))), ct);
            await DeleteStaleAsync(tx, "MATCH (o:Office)-[r:OFFERS]->(s:Subject) WHERE NOT (o.code + '|' + s.id) IN $keys DELETE r",
                dataset.Offers.Select(o => o.Office + "|" + o.Subject), ct);
        }

        if (parts.HasFlag(DatasetParts.Networks))
        {
            await UnwindAsync(tx, "UNWIND $rows AS row MERGE (n:Network {id: row.id}) SET n.name = row.name, n.description = row.description, n.ord = row.ord",
                dataset.Networks.Select((n, i) => Row(("id", n.Id), ("name", n.Name), ("description", n.Description), ("ord", i))), ct);
            await DeleteStaleAsync(tx, "MATCH (n:Network) WHERE NOT n.id IN $keys DETACH DELETE n", dataset.Networks.Select(n => n.Id), ct);
            await tx.RunAsync("MATCH (:Office)-[m:MEMBER_OF]->(:Network) DELETE m", null, ct);
            await UnwindAsync(tx, "UNWIND $rows AS row MATCH (o:Office {code: row.office}) MATCH (n:Network {id: row.network}) CREATE (o)-[:MEMBER_OF {ord: row.ord}]->(n)",
                dataset.Networks.SelectMany(n => n.Members.Select((m, i) => Row(("network", n.Id), ("office", m), ("ord", i)))), ct);
        }

        if (parts.HasFlag(DatasetParts.Initiatives))
        {
            // A handful of nodes: rewritten whole whenever one initiative moves.
            await tx.RunAsync("MATCH (i:Initiative) OPTIONAL MATCH (i)-[:HAS_STEP]->(st:InitiativeStep) DETACH DELETE i, st", null, ct);
            await UnwindAsync(tx, "UNWIND $rows AS row CREATE (i:Initiative {id: row.id, title: row.title, round: row.round, ord: row.ord}) " +
                "WITH i, row MATCH (s:Subject {id: row.subject}) CREATE (i)-[:ABOUT]->(s)",
                dataset.Initiatives.Select((x, i) => Row(("id", x.Id), ("title", x.Title), ("subject", x.Subject), ("round", x.Round), ("ord", i))), ct);
            await UnwindAsync(tx, "UNWIND $rows AS row MATCH (i:Initiative {id: row.initiative}) MATCH (o:Office {code: row.office}) CREATE (i)-[:ANSWERS {ord: row.ord}]->(o)",
                dataset.Initiatives.SelectMany(x => x.RequestOffices.Select((o, i) => Row(("initiative", x.Id), ("office", o), ("ord", i)))), ct);
            await UnwindAsync(tx, "UNWIND $rows AS row MATCH (i:Initiative {id: row.initiative}) MATCH (o:Office {code: row.office}) CREATE (i)-[:OFFERED_BY {ord: row.ord}]->(o)",
                dataset.Initiatives.SelectMany(x => x.OfferOffices.Select((o, i) => Row(("initiative", x.Id), ("office", o), ("ord", i)))), ct);
            await UnwindAsync(tx, "UNWIND $rows AS row MATCH (i:Initiative {id: row.initiative}) CREATE (i)-[:HAS_STEP]->(:InitiativeStep " +
                "{initiative: row.initiative, ord: row.ord, status: row.status, at: row.at, actor: row.actor, note: row.note})",
                dataset.Initiatives.SelectMany(x => x.Steps.Select((st, i) => Row(("initiative", x.Id), ("ord", i), ("status", InitiativeLifecycle.Name(st.Status)),
                    ("at", FormatInstant(st.At)), ("actor", st.Actor), ("note", st.Note)))), ct);
        }
    }

    /// <summary>How a step's date is stored: ISO 8601 round-trip text with its offset, so it reads back exactly.</summary>
    public static string FormatInstant(DateTimeOffset at) => at.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Runs an <c>UNWIND $rows</c> statement in batches, so no request grows without bound.</summary>
    public static async Task UnwindAsync(QueryApiTransaction tx, string statement, IEnumerable<Dictionary<string, object?>> rows, CancellationToken ct)
    {
        foreach (var batch in rows.Chunk(BatchSize))
        {
            await tx.RunAsync(statement, new Dictionary<string, object?> { ["rows"] = batch }, ct);
        }
    }

    /// <summary>A parameter row from name/value pairs.</summary>
    public static Dictionary<string, object?> Row(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    /// <summary>How a confidence is stored: lower case, as in the JSON format.</summary>
    public static string Format(Confidence confidence) => ConfidenceText.Of(confidence);

    private static Confidence ParseConfidence(string text) => Enum.Parse<Confidence>(text, ignoreCase: true);

    private static async Task DeleteStaleAsync(QueryApiTransaction tx, string statement, IEnumerable<string> keys, CancellationToken ct) =>
        await tx.RunAsync(statement, new Dictionary<string, object?> { ["keys"] = keys.ToArray() }, ct);
}
