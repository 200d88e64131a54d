using CoopGraph.Domain.Changes;
using CoopGraph.Domain.Initiatives;

namespace CoopGraph.Storage.Tests;

/// <summary>The contract for initiatives: every store keeps them, their offices and their dated steps, exactly.</summary>
public abstract partial class GraphStoreContractTests
{
    private static readonly DateTimeOffset Lima = new(2022, 10, 20, 15, 30, 0, TimeSpan.Zero);

    private static ProposeInitiative ProposeGreen(string id = "green-fast-track") =>
        new(id, "Brazil shares its green fast track", "green-patents", ["ARG"], ["BRA"], null, Lima, "alice", "recorded in Lima, \"table 2\"");

    [Fact]
    public async Task ApplyAsync_ProposeAndAdvanceInitiatives_ReloadKeepsThemExactly()
    {
        var store = await StoreAsync(TestData.Small());
        var dataset = await store.LoadAsync(Ct);
        List<Change[]> batches =
        [
            [ProposeGreen(), ProposeGreen("second") with { Title = "Second" }],
            [new AdvanceInitiative("green-fast-track", InitiativeStatus.Agreed, Lima.AddDays(3), "bob", "signed\nby both")],
            [new AdvanceInitiative("second", InitiativeStatus.Dropped, Lima.AddHours(5).ToOffset(TimeSpan.FromHours(-5)), "bob", null)],
        ];

        foreach (var batch in batches)
        {
            var expected = DatasetEditor.Apply(dataset, batch).Dataset.ShouldNotBeNull();
            dataset = await store.ApplyAsync(batch, "alice", dataset.Version, Ct);
            dataset.Version.ShouldBe(expected.Version);
            var reloaded = await (await CreateStoreAsync(null)).LoadAsync(Ct);
            reloaded.Version.ShouldBe(expected.Version);
        }

        var final = await (await CreateStoreAsync(null)).LoadAsync(Ct);
        final.Initiatives.Select(i => (i.Id, i.Status())).ShouldBe([("green-fast-track", InitiativeStatus.Agreed), ("second", InitiativeStatus.Dropped)]);
        final.Initiatives[0].Steps[1].Note.ShouldBe("signed\nby both");
        var history = await store.HistoryAsync(10, 1, Ct);
        history.Select(h => (h.Kind, h.Target)).ShouldBe(
        [
            ("proposeInitiative", "green-fast-track"), ("proposeInitiative", "second"),
            ("advanceInitiative", "green-fast-track:AGREED"), ("advanceInitiative", "second:DROPPED"),
        ]);
    }

    [Fact]
    public async Task ApplyAsync_InvalidTransition_ChangesNothing()
    {
        var store = await StoreAsync(TestData.Small());
        var proposed = await store.ApplyAsync([ProposeGreen()], "alice", null, Ct);

        await Should.ThrowAsync<StoreValidationException>(() =>
            store.ApplyAsync([new AdvanceInitiative("green-fast-track", InitiativeStatus.Completed, Lima.AddDays(1), "alice", null)], "alice", null, Ct));

        (await (await CreateStoreAsync(null)).LoadAsync(Ct)).Version.ShouldBe(proposed.Version);
        (await store.HistoryAsync(10, 0, Ct)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task ImportAsync_DatasetWithInitiatives_ReplaceAndMergeKeepThem()
    {
        var store = await StoreAsync(TestData.Small());
        var withInitiative = DatasetEditor.Apply(TestData.Small(), [ProposeGreen()]).Dataset.ShouldNotBeNull();

        var replaced = await store.ImportAsync(withInitiative, ImportMode.Replace, "importer", null, Ct);
        var merged = await store.ImportAsync(DatasetEditor.Apply(TestData.Small(), [ProposeGreen("second")]).Dataset!, ImportMode.Merge, "importer", null, Ct);

        replaced.Version.ShouldBe(withInitiative.Version);
        var reloaded = await (await CreateStoreAsync(null)).LoadAsync(Ct);
        reloaded.Version.ShouldBe(merged.Version);
        reloaded.Initiatives.Select(i => i.Id).ShouldBe(["green-fast-track", "second"]);
    }
}
