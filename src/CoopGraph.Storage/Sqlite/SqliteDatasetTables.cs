using System.Globalization;
using CoopGraph.Domain;
using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Initiatives;
using Microsoft.Data.Sqlite;

namespace CoopGraph.Storage.Sqlite;

/// <summary>Reads and writes a dataset in the SQLite tables, keeping every list in its order (the version hashes it).</summary>
internal static class SqliteDatasetTables
{
    /// <summary>The stored dataset, or null when the store was never written.</summary>
    public static Dataset? Read(SqliteConnection connection, SqliteTransaction transaction)
    {
        var header = Rows(connection, transaction, "SELECT format_version, name, source, rounds FROM dataset",
            r => (FormatVersion: r.GetInt32(0), Name: r.GetString(1), Source: Text(r, 2), Rounds: Text(r, 3))).SingleOrDefault();
        if (header.Name is null)
        {
            return null;
        }

        var aliases = Rows(connection, transaction, "SELECT office, alias FROM office_aliases ORDER BY office, position",
            r => (Office: r.GetString(0), Alias: r.GetString(1))).ToLookup(a => a.Office, a => a.Alias);
        var members = Rows(connection, transaction, "SELECT network, office FROM network_members ORDER BY network, position",
            r => (Network: r.GetString(0), Office: r.GetString(1))).ToLookup(m => m.Network, m => m.Office);
        return new Dataset(
            header.FormatVersion,
            header.Name,
            header.Source,
            Rows(connection, transaction, "SELECT code, name, institution, attended FROM offices ORDER BY position",
                r => new Office(r.GetString(0), r.GetString(1), [.. aliases[r.GetString(0)]], Text(r, 2), r.GetBoolean(3))),
            Rows(connection, transaction, "SELECT id, name FROM areas ORDER BY position", r => new Area(r.GetString(0), r.GetString(1))),
            Rows(connection, transaction, "SELECT id, area, name, request, cross_cutting FROM subjects ORDER BY position",
                r => new Subject(r.GetString(0), r.GetString(1), r.GetString(2), Text(r, 3), r.GetBoolean(4))),
            Rows(connection, transaction, "SELECT office, subject, source, confidence, note FROM requests ORDER BY position",
                r => new Request(r.GetString(0), r.GetString(1), r.GetString(2), ParseConfidence(r.GetString(3)), Text(r, 4))),
            Rows(connection, transaction, "SELECT office, subject, wording, source, confidence, note FROM offers ORDER BY position",
                r => new Offer(r.GetString(0), r.GetString(1), Text(r, 2), r.GetString(3), ParseConfidence(r.GetString(4)), Text(r, 5))),
            Rows(connection, transaction, "SELECT id, name, description FROM networks ORDER BY position",
                r => new Network(r.GetString(0), r.GetString(1), Text(r, 2), [.. members[r.GetString(0)]])))
        {
            Initiatives = ReadInitiatives(connection, transaction),
            Rounds = header.Rounds is null ? null : DatasetJson.ParseRounds(header.Rounds),
        };
    }

    private static List<Initiative> ReadInitiatives(SqliteConnection connection, SqliteTransaction transaction)
    {
        var offices = Rows(connection, transaction, "SELECT initiative, side, office FROM initiative_offices ORDER BY initiative, side, position",
            r => (Key: (r.GetString(0), r.GetString(1)), Office: r.GetString(2))).ToLookup(o => o.Key, o => o.Office);
        var steps = Rows(connection, transaction, "SELECT initiative, status, at, actor, note FROM initiative_steps ORDER BY initiative, position",
            r => (Initiative: r.GetString(0), Step: new InitiativeStep(
                InitiativeLifecycle.Parse(r.GetString(1)) ?? throw new InvalidDataException($"initiative_steps: unknown status '{r.GetString(1)}'"),
                DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), r.GetString(3), Text(r, 4))))
            .ToLookup(s => s.Initiative, s => s.Step);
        return Rows(connection, transaction, "SELECT id, title, subject, round FROM initiatives ORDER BY position",
            r => new Initiative(r.GetString(0), r.GetString(1), r.GetString(2), [.. offices[(r.GetString(0), "request")]],
                [.. offices[(r.GetString(0), "offer")]], Text(r, 3), [.. steps[r.GetString(0)]]));
    }

    /// <summary>The version the header row holds; null when never written or written before the column existed.</summary>
    public static string? ReadVersion(SqliteConnection connection, SqliteTransaction transaction) =>
        Rows(connection, transaction, "SELECT version FROM dataset", r => Text(r, 0)).SingleOrDefault();

    /// <summary>Rewrites the header and the tables of <paramref name="parts"/> with <paramref name="dataset"/>'s content.</summary>
    public static void Write(SqliteConnection connection, SqliteTransaction transaction, Dataset dataset, DatasetParts parts)
    {
        // The header carries the version of what the tables hold after this write, so it is written every time.
        Insert(connection, transaction, "INSERT OR REPLACE INTO dataset (id, format_version, name, source, version, rounds) VALUES (1, $a, $b, $c, $d, $e)",
            [dataset], (d, _) => [d.FormatVersion, d.Name, d.Source, d.Version, d.Rounds is null ? null : DatasetJson.SerializeRounds(d.Rounds)]);

        if (parts.HasFlag(DatasetParts.Offices))
        {
            Clear(connection, transaction, "office_aliases", "offices");
            Insert(connection, transaction, "INSERT INTO offices (code, position, name, institution, attended) VALUES ($a, $b, $c, $d, $e)",
                dataset.Offices, (o, i) => [o.Code, i, o.Name, o.Institution, o.Attended]);
            Insert(connection, transaction, "INSERT INTO office_aliases (office, position, alias) VALUES ($a, $b, $c)",
                [.. dataset.Offices.SelectMany(o => o.Aliases.Select((alias, i) => (o.Code, i, alias)))],
                (a, _) => [a.Code, a.i, a.alias]);
        }

        if (parts.HasFlag(DatasetParts.Areas))
        {
            Clear(connection, transaction, "areas");
            Insert(connection, transaction, "INSERT INTO areas (id, position, name) VALUES ($a, $b, $c)",
                dataset.Areas, (a, i) => [a.Id, i, a.Name]);
        }

        if (parts.HasFlag(DatasetParts.Subjects))
        {
            Clear(connection, transaction, "subjects");
            Insert(connection, transaction, "INSERT INTO subjects (id, position, area, name, request, cross_cutting) VALUES ($a, $b, $c, $d, $e, $f)",
                dataset.Subjects, (s, i) => [s.Id, i, s.Area, s.Name, s.Request, s.CrossCutting]);
        }

        if (parts.HasFlag(DatasetParts.Requests))
        {
            Clear(connection, transaction, "requests");
            Insert(connection, transaction, "INSERT INTO requests (office, subject, position, source, confidence, note) VALUES ($a, $b, $c, $d, $e, $f)",
                dataset.Requests, (r, i) => [r.Office, r.Subject, i, r.Source, FormatConfidence(r.Confidence), r.Note]);
        }

        if (parts.HasFlag(DatasetParts.Offers))
        {
            Clear(connection, transaction, "offers");
            Insert(connection, transaction, "INSERT INTO offers (office, subject, position, wording, source, confidence, note) VALUES ($a, $b, $c, $d, $e, $f, $g)",
                dataset.Offers, (o, i) => [o.Office, o.Subject, i, o.Wording, o.Source, FormatConfidence(o.Confidence), o.Note]);
        }

        if (parts.HasFlag(DatasetParts.Networks))
        {
            Clear(connection, transaction, "network_members", "networks");
            Insert(connection, transaction, "INSERT INTO networks (id, position, name, description) VALUES ($a, $b, $c, $d)",
                dataset.Networks, (n, i) => [n.Id, i, n.Name, n.Description]);
            Insert(connection, transaction, "INSERT INTO network_members (network, position, office) VALUES ($a, $b, $c)",
                [.. dataset.Networks.SelectMany(n => n.Members.Select((office, i) => (n.Id, i, office)))],
                (m, _) => [m.Id, m.i, m.office]);
        }

        if (parts.HasFlag(DatasetParts.Initiatives))
        {
            // A handful of rows: rewritten whole whenever one initiative moves.
            Clear(connection, transaction, "initiative_steps", "initiative_offices", "initiatives");
            Insert(connection, transaction, "INSERT INTO initiatives (id, position, title, subject, round) VALUES ($a, $b, $c, $d, $e)",
                dataset.Initiatives, (x, i) => [x.Id, i, x.Title, x.Subject, x.Round]);
            Insert(connection, transaction, "INSERT INTO initiative_offices (initiative, side, position, office) VALUES ($a, $b, $c, $d)",
                [.. dataset.Initiatives.SelectMany(x => x.RequestOffices.Select((o, i) => (x.Id, Side: "request", i, o))
                    .Concat(x.OfferOffices.Select((o, i) => (x.Id, Side: "offer", i, o))))],
                (o, _) => [o.Id, o.Side, o.i, o.o]);
            Insert(connection, transaction, "INSERT INTO initiative_steps (initiative, position, status, at, actor, note) VALUES ($a, $b, $c, $d, $e, $f)",
                [.. dataset.Initiatives.SelectMany(x => x.Steps.Select((s, i) => (x.Id, i, s)))],
                (s, _) => [s.Id, s.i, InitiativeLifecycle.Name(s.s.Status), s.s.At.ToString("O", CultureInfo.InvariantCulture), s.s.Actor, s.s.Note]);
        }
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    internal static string FormatConfidence(Confidence confidence) => ConfidenceText.Of(confidence);

    private static Confidence ParseConfidence(string text) => Enum.Parse<Confidence>(text, ignoreCase: true);

    internal static List<T> Rows<T>(SqliteConnection connection, SqliteTransaction transaction, string sql, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static void Clear(SqliteConnection connection, SqliteTransaction transaction, params string[] tables)
    {
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM " + table; // table names are constants of this class, never input
            command.ExecuteNonQuery();
        }
    }

    // One prepared command per statement, its parameters rebound per row: values never enter the SQL text.
    internal static void Insert<T>(SqliteConnection connection, SqliteTransaction transaction, string sql, IReadOnlyList<T> items, Func<T, int, object?[]> values)
    {
        if (items.Count == 0)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        var first = values(items[0], 0);
        var parameters = first.Select((_, i) => command.Parameters.Add("$" + (char)('a' + i), SqliteType.Text)).ToArray();
        command.Prepare();
        for (var row = 0; row < items.Count; row++)
        {
            var v = row == 0 ? first : values(items[row], row);
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].SqliteType = v[i] switch { int or bool => SqliteType.Integer, _ => SqliteType.Text };
                parameters[i].Value = v[i] switch { null => DBNull.Value, bool b => b ? 1 : 0, int n => n, var x => Convert.ToString(x, CultureInfo.InvariantCulture) };
            }

            command.ExecuteNonQuery();
        }
    }
}
