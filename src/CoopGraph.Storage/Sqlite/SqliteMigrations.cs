using Microsoft.Data.Sqlite;

namespace CoopGraph.Storage.Sqlite;

/// <summary>The schema, as numbered steps: a database records the steps it has in <c>schema_version</c>.</summary>
internal static class SqliteMigrations
{
    // Append new steps; never edit a released one. Foreign keys are deferred so a table can be rewritten inside a
    // transaction while rows elsewhere still point at it; they are checked at commit.
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE dataset (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            format_version INTEGER NOT NULL,
            name TEXT NOT NULL,
            source TEXT);
        CREATE TABLE offices (
            code TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            institution TEXT,
            attended INTEGER NOT NULL);
        CREATE TABLE office_aliases (
            office TEXT NOT NULL REFERENCES offices(code) DEFERRABLE INITIALLY DEFERRED,
            position INTEGER NOT NULL,
            alias TEXT NOT NULL,
            PRIMARY KEY (office, position));
        CREATE TABLE areas (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL);
        CREATE TABLE subjects (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            area TEXT NOT NULL REFERENCES areas(id) DEFERRABLE INITIALLY DEFERRED,
            name TEXT NOT NULL,
            request TEXT,
            cross_cutting INTEGER NOT NULL);
        CREATE TABLE requests (
            office TEXT NOT NULL REFERENCES offices(code) DEFERRABLE INITIALLY DEFERRED,
            subject TEXT NOT NULL REFERENCES subjects(id) DEFERRABLE INITIALLY DEFERRED,
            position INTEGER NOT NULL,
            source TEXT NOT NULL,
            confidence TEXT NOT NULL,
            note TEXT,
            PRIMARY KEY (office, subject));
        CREATE TABLE offers (
            office TEXT NOT NULL REFERENCES offices(code) DEFERRABLE INITIALLY DEFERRED,
            subject TEXT NOT NULL REFERENCES subjects(id) DEFERRABLE INITIALLY DEFERRED,
            position INTEGER NOT NULL,
            wording TEXT,
            source TEXT NOT NULL,
            confidence TEXT NOT NULL,
            note TEXT,
            PRIMARY KEY (office, subject));
        CREATE TABLE networks (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            description TEXT);
        CREATE TABLE network_members (
            network TEXT NOT NULL REFERENCES networks(id) DEFERRABLE INITIALLY DEFERRED,
            position INTEGER NOT NULL,
            office TEXT NOT NULL REFERENCES offices(code) DEFERRABLE INITIALLY DEFERRED,
            PRIMARY KEY (network, position));
        CREATE TABLE changes (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            kind TEXT NOT NULL,
            target TEXT NOT NULL,
            version TEXT NOT NULL);
        CREATE INDEX requests_subject ON requests(subject);
        CREATE INDEX offers_subject ON offers(subject);
        """,
        // The version of what the tables hold, so a writer that knows it need not re-read every row; null until the
        // first write of a build that knows the column.
        """
        ALTER TABLE dataset ADD COLUMN version TEXT;
        """,
        // Rounds (format version 2): the rounds as their canonical JSON array, oldest first; null for a dataset
        // without rounds, which is what every database written before this step holds. The latest round's requests
        // and offers stay in the requests and offers tables.
        """
        ALTER TABLE dataset ADD COLUMN rounds TEXT;
        """,
        // Initiatives (issue #13): the offices on each side and the dated steps, each list in its order.
        """
        CREATE TABLE initiatives (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            subject TEXT NOT NULL REFERENCES subjects(id) DEFERRABLE INITIALLY DEFERRED,
            round TEXT);
        CREATE TABLE initiative_offices (
            initiative TEXT NOT NULL REFERENCES initiatives(id) DEFERRABLE INITIALLY DEFERRED,
            side TEXT NOT NULL CHECK (side IN ('request', 'offer')),
            position INTEGER NOT NULL,
            office TEXT NOT NULL REFERENCES offices(code) DEFERRABLE INITIALLY DEFERRED,
            PRIMARY KEY (initiative, side, position));
        CREATE TABLE initiative_steps (
            initiative TEXT NOT NULL REFERENCES initiatives(id) DEFERRABLE INITIALLY DEFERRED,
            position INTEGER NOT NULL,
            status TEXT NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            note TEXT,
            PRIMARY KEY (initiative, position));
        """,
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int Latest => Steps.Length;

    /// <summary>Brings the database up to <see cref="Latest"/> in one transaction; refuses a newer database.</summary>
    public static void Migrate(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        var current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Latest)
        {
            throw new StoreUnavailableException(
                $"sqlite:{path} has schema version {current}, newer than this CoopGraph knows ({Latest}); use a newer CoopGraph");
        }

        for (var step = current; step < Latest; step++)
        {
            Execute(connection, transaction, Steps[step]);
            Execute(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({step + 1})");
        }

        transaction.Commit();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
