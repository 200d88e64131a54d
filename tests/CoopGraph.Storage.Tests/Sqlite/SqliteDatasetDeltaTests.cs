using CoopGraph.Storage.Sqlite;

namespace CoopGraph.Storage.Tests.Sqlite;

/// <summary>The rows an edit touched: the same answer whether the unchanged head and tail are skipped by reference or not.</summary>
public class SqliteDatasetDeltaTests
{
    private sealed record Row(string Key, string Value);

    private static readonly Row[] Before = [.. Enumerable.Range(0, 8).Select(i => new Row($"k{i}", $"v{i}"))];

    [Fact]
    public void Diff_Appended_IsInsertedOnly()
    {
        var delta = SqliteDatasetDelta.Diff(Before, [.. Before, new Row("new", "x")], r => r.Key).ShouldNotBeNull();

        delta.Inserted.ShouldBe([new Row("new", "x")]);
        delta.Deleted.ShouldBeEmpty();
        delta.Updated.ShouldBeEmpty();
    }

    [Fact]
    public void Diff_RemovedInTheMiddle_IsDeletedOnly()
    {
        var delta = SqliteDatasetDelta.Diff(Before, [.. Before.Where(r => r.Key != "k3")], r => r.Key).ShouldNotBeNull();

        delta.Deleted.ShouldBe([Before[3]]);
        delta.Inserted.ShouldBeEmpty();
        delta.Updated.ShouldBeEmpty();
    }

    [Fact]
    public void Diff_ReplacedInTheMiddleByAnEqualOrAChangedRow_UpdatesOnlyTheChanged()
    {
        Row[] after = [.. Before];
        after[2] = Before[2] with { }; // another object, same content
        after[5] = Before[5] with { Value = "changed" };

        var delta = SqliteDatasetDelta.Diff(Before, after, r => r.Key).ShouldNotBeNull();

        delta.Updated.ShouldBe([after[5]]);
        delta.Deleted.ShouldBeEmpty();
        delta.Inserted.ShouldBeEmpty();
    }

    [Fact]
    public void Diff_InsertedBeforeKeptRows_IsNullSoTheTableIsRewritten()
    {
        Row[] after = [.. Before[..4], new Row("new", "x"), .. Before[4..]];

        SqliteDatasetDelta.Diff(Before, after, r => r.Key).ShouldBeNull();
    }

    [Fact]
    public void Diff_KeptRowsReordered_IsNullSoTheTableIsRewritten()
    {
        Row[] after = [.. Before];
        (after[2], after[6]) = (after[6], after[2]);

        SqliteDatasetDelta.Diff(Before, after, r => r.Key).ShouldBeNull();
    }

    [Fact]
    public void Diff_FirstRowMovedToTheEnd_IsNullSoTheTableIsRewritten()
    {
        SqliteDatasetDelta.Diff(Before, [.. Before[1..], Before[0] with { Value = "back" }], r => r.Key).ShouldBeNull();
    }

    [Fact]
    public void Diff_LastRowRemovedAndANewOneAppended_DeletesAndInserts()
    {
        var delta = SqliteDatasetDelta.Diff(Before, [.. Before[..^1], new Row("new", "x")], r => r.Key).ShouldNotBeNull();

        delta.Deleted.ShouldBe([Before[^1]]);
        delta.Inserted.ShouldBe([new Row("new", "x")]);
        delta.Updated.ShouldBeEmpty();
    }
}
