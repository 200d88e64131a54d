using CoopGraph.Domain;

using Microsoft.Data.Sqlite;

namespace CoopGraph.Storage.Sqlite;

/// <summary>
/// Writes only the rows an edit touched: deleted keys are deleted, changed ones updated in place, new ones appended
/// after the last position. An edit that reorders a list (which no change or merge does) rewrites that table whole, so
/// the stored order, and with it the version, is always the dataset's.
/// </summary>
internal static class SqliteDatasetDelta
{
    /// <summary>Makes the tables hold <paramref name="after"/>, knowing they hold <paramref name="before"/> (null: never written).</summary>
    public static void Write(SqliteConnection connection, SqliteTransaction transaction, Dataset? before, Dataset after)
    {
        if (before is null)
        {
            SqliteDatasetTables.Write(connection, transaction, after, DatasetParts.All);
            return;
        }

        var rewrite = DatasetParts.Header;
        rewrite |= Apply(connection, transaction, Diff(before.Offices, after.Offices, o => o.Code), DatasetParts.Offices, "offices",
            deleteSql: ["DELETE FROM office_aliases WHERE office = $a", "DELETE FROM offices WHERE code = $a"], deleteValues: o => [o.Code],
            updateSql: ["UPDATE offices SET name = $b, institution = $c, attended = $d WHERE code = $a", "DELETE FROM office_aliases WHERE office = $a"],
            updateValues: o => [o.Code, o.Name, o.Institution, o.Attended],
            insertSql: "INSERT INTO offices (code, position, name, institution, attended) VALUES ($a, $b, $c, $d, $e)",
            insertValues: (o, position) => [o.Code, position, o.Name, o.Institution, o.Attended],
            children: offices => SqliteDatasetTables.Insert(connection, transaction, "INSERT INTO office_aliases (office, position, alias) VALUES ($a, $b, $c)",
                [.. offices.SelectMany(o => o.Aliases.Select((alias, i) => (o.Code, i, alias)))], (a, _) => [a.Code, a.i, a.alias]));
        rewrite |= Apply(connection, transaction, Diff(before.Areas, after.Areas, a => a.Id), DatasetParts.Areas, "areas",
            deleteSql: ["DELETE FROM areas WHERE id = $a"], deleteValues: a => [a.Id],
            updateSql: ["UPDATE areas SET name = $b WHERE id = $a"], updateValues: a => [a.Id, a.Name],
            insertSql: "INSERT INTO areas (id, position, name) VALUES ($a, $b, $c)", insertValues: (a, position) => [a.Id, position, a.Name]);
        rewrite |= Apply(connection, transaction, Diff(before.Subjects, after.Subjects, s => s.Id), DatasetParts.Subjects, "subjects",
            deleteSql: ["DELETE FROM subjects WHERE id = $a"], deleteValues: s => [s.Id],
            updateSql: ["UPDATE subjects SET area = $b, name = $c, request = $d, cross_cutting = $e WHERE id = $a"],
            updateValues: s => [s.Id, s.Area, s.Name, s.Request, s.CrossCutting],
            insertSql: "INSERT INTO subjects (id, position, area, name, request, cross_cutting) VALUES ($a, $b, $c, $d, $e, $f)",
            insertValues: (s, position) => [s.Id, position, s.Area, s.Name, s.Request, s.CrossCutting]);
        rewrite |= Apply(connection, transaction, Diff(before.Requests, after.Requests, r => (r.Office, r.Subject)), DatasetParts.Requests, "requests",
            deleteSql: ["DELETE FROM requests WHERE office = $a AND subject = $b"], deleteValues: r => [r.Office, r.Subject],
            updateSql: ["UPDATE requests SET source = $c, confidence = $d, note = $e WHERE office = $a AND subject = $b"],
            updateValues: r => [r.Office, r.Subject, r.Source, SqliteDatasetTables.FormatConfidence(r.Confidence), r.Note],
            insertSql: "INSERT INTO requests (office, subject, position, source, confidence, note) VALUES ($a, $b, $c, $d, $e, $f)",
            insertValues: (r, position) => [r.Office, r.Subject, position, r.Source, SqliteDatasetTables.FormatConfidence(r.Confidence), r.Note]);
        rewrite |= Apply(connection, transaction, Diff(before.Offers, after.Offers, o => (o.Office, o.Subject)), DatasetParts.Offers, "offers",
            deleteSql: ["DELETE FROM offers WHERE office = $a AND subject = $b"], deleteValues: o => [o.Office, o.Subject],
            updateSql: ["UPDATE offers SET wording = $c, source = $d, confidence = $e, note = $f WHERE office = $a AND subject = $b"],
            updateValues: o => [o.Office, o.Subject, o.Wording, o.Source, SqliteDatasetTables.FormatConfidence(o.Confidence), o.Note],
            insertSql: "INSERT INTO offers (office, subject, position, wording, source, confidence, note) VALUES ($a, $b, $c, $d, $e, $f, $g)",
            insertValues: (o, position) => [o.Office, o.Subject, position, o.Wording, o.Source, SqliteDatasetTables.FormatConfidence(o.Confidence), o.Note]);
        rewrite |= Apply(connection, transaction, Diff(before.Networks, after.Networks, n => n.Id), DatasetParts.Networks, "networks",
            deleteSql: ["DELETE FROM network_members WHERE network = $a", "DELETE FROM networks WHERE id = $a"], deleteValues: n => [n.Id],
            updateSql: ["UPDATE networks SET name = $b, description = $c WHERE id = $a", "DELETE FROM network_members WHERE network = $a"],
            updateValues: n => [n.Id, n.Name, n.Description],
            insertSql: "INSERT INTO networks (id, position, name, description) VALUES ($a, $b, $c, $d)",
            insertValues: (n, position) => [n.Id, position, n.Name, n.Description],
            children: networks => SqliteDatasetTables.Insert(connection, transaction, "INSERT INTO network_members (network, position, office) VALUES ($a, $b, $c)",
                [.. networks.SelectMany(n => n.Members.Select((office, i) => (n.Id, i, office)))], (m, _) => [m.Id, m.i, m.office]));

        rewrite |= ReferenceEquals(before.Initiatives, after.Initiatives) || before.Initiatives.SequenceEqual(after.Initiatives) ? 0 : DatasetParts.Initiatives;

        // The header (with the new version) always; whole tables only where the delta could not keep the order.
        SqliteDatasetTables.Write(connection, transaction, after, rewrite);
    }

    /// <summary>What changed between two lists keyed by <paramref name="key"/>; null when kept items changed order or new ones are not at the end.</summary>
    internal static ListDelta<T>? Diff<T, TKey>(IReadOnlyList<T> before, IReadOnlyList<T> after, Func<T, TKey> key)
        where TKey : notnull
    {
        if (ReferenceEquals(before, after))
        {
            return new([], [], []);
        }

        // An edit keeps the items before and after what it touched as the same objects: only the middle is compared
        // by key (at 50,000 links, keying every row costs more than the write).
        var shorter = Math.Min(before.Count, after.Count);
        var head = 0;
        while (head < shorter && ReferenceEquals(before[head], after[head]))
        {
            head++;
        }

        var tail = 0;
        while (tail < shorter - head && ReferenceEquals(before[before.Count - 1 - tail], after[after.Count - 1 - tail]))
        {
            tail++;
        }

        var (beforeEnd, afterEnd) = (before.Count - tail, after.Count - tail);
        var index = new Dictionary<TKey, int>(beforeEnd - head);
        for (var i = head; i < beforeEnd; i++)
        {
            index[key(before[i])] = i;
        }

        var kept = new bool[beforeEnd - head];
        List<T> updated = [], inserted = [];
        var last = head - 1;
        for (var j = head; j < afterEnd; j++)
        {
            var item = after[j];
            if (index.TryGetValue(key(item), out var i))
            {
                if (inserted.Count > 0 || i <= last)
                {
                    return null;
                }

                kept[i - head] = true;
                last = i;
                if (!EqualityComparer<T>.Default.Equals(before[i], item))
                {
                    updated.Add(item);
                }
            }
            else
            {
                inserted.Add(item);
            }
        }

        // Kept items after new ones would need positions in between.
        if (inserted.Count > 0 && tail > 0)
        {
            return null;
        }

        List<T> deleted = [];
        for (var i = 0; i < kept.Length; i++)
        {
            if (!kept[i])
            {
                deleted.Add(before[head + i]);
            }
        }

        return new(deleted, updated, inserted);
    }

    private static DatasetParts Apply<T>(
        SqliteConnection connection, SqliteTransaction transaction, ListDelta<T>? delta, DatasetParts part, string table,
        string[] deleteSql, Func<T, object?[]> deleteValues, string[] updateSql, Func<T, object?[]> updateValues,
        string insertSql, Func<T, int, object?[]> insertValues, Action<IReadOnlyList<T>>? children = null)
    {
        if (delta is null)
        {
            return part;
        }

        foreach (var sql in deleteSql)
        {
            SqliteDatasetTables.Insert(connection, transaction, sql, delta.Deleted, (item, _) => deleteValues(item));
        }

        foreach (var sql in updateSql)
        {
            SqliteDatasetTables.Insert(connection, transaction, sql, delta.Updated, (item, _) => updateValues(item));
        }

        if (delta.Inserted.Count > 0)
        {
            // table is a constant of this class, never input
            var next = SqliteDatasetTables.Rows(connection, transaction, $"SELECT coalesce(max(position), -1) + 1 FROM {table}", r => r.GetInt32(0))[0];
            SqliteDatasetTables.Insert(connection, transaction, insertSql, delta.Inserted, (item, i) => insertValues(item, next + i));
        }

        children?.Invoke([.. delta.Updated, .. delta.Inserted]);
        return DatasetParts.None;
    }
}

/// <summary>The rows of one list an edit deleted, changed and appended.</summary>
internal sealed record ListDelta<T>(IReadOnlyList<T> Deleted, IReadOnlyList<T> Updated, IReadOnlyList<T> Inserted);
