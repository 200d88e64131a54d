using CoopGraph.Domain;
using CoopGraph.Domain.Changes;
using CoopGraph.Domain.Formats;

namespace CoopGraph.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> must have. Subclasses provide a fresh, empty store per call of
/// <see cref="CreateStoreAsync"/> (the same location for every call within one test), or a reason to skip.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    /// <summary>Why this store cannot be tested here, or null.</summary>
    protected abstract string? SkipReason { get; }

    /// <summary>A store on this test's location, seeded with <paramref name="seed"/> when empty.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync(Dataset? seed);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IGraphStore> StoreAsync(Dataset? seed)
    {
        Assert.SkipWhen(SkipReason is not null, SkipReason ?? "");
        return await CreateStoreAsync(seed);
    }

    [Fact]
    public async Task LoadAsync_EmptyStoreWithSeed_ReturnsTheSeedExactly()
    {
        var store = await StoreAsync(TestData.Lima);

        var loaded = await store.LoadAsync(Ct);

        loaded.Version.ShouldBe(TestData.Lima.Version);
        loaded.Requests.Count.ShouldBe(TestData.Lima.Requests.Count);
        (await store.HistoryAsync(10, 0, Ct)).ShouldHaveSingleItem().Kind.ShouldBe("import:replace");
    }

    [Fact]
    public async Task LoadAsync_DatasetWithRounds_EveryRoundAsWritten()
    {
        var store = await StoreAsync(TestData.Lima);

        var loaded = await store.LoadAsync(Ct);

        loaded.AllRounds.Select(r => r.Id).ShouldBe(["survey-2022-04", "lima-2022-10"]);
        loaded.AtRound("survey-2022-04").Requests.ShouldBe(TestData.Lima.AtRound("survey-2022-04").Requests);
        loaded.LatestRound.Citations.ShouldBe(TestData.Lima.LatestRound.Citations);
        DatasetJson.Serialize(loaded).ShouldBe(DatasetJson.Serialize(TestData.Lima));
    }

    [Fact]
    public async Task ImportAsync_RoundsOverOneRoundData_StoredDataGainsTheRounds()
    {
        var store = await StoreAsync(TestData.Lima with { FormatVersion = 1, Rounds = null });
        var before = await store.LoadAsync(Ct);

        var after = await store.ImportAsync(TestData.Lima, ImportMode.Merge, "test", before.Version, Ct);

        after.Version.ShouldBe(TestData.Lima.Version);
        (await store.LoadAsync(Ct)).AllRounds.Count.ShouldBe(2);
    }

    [Fact]
    public async Task LoadAsync_SecondOpenWithOtherSeed_KeepsStoredData()
    {
        var first = await StoreAsync(TestData.Small());
        await first.LoadAsync(Ct);

        var reopened = await CreateStoreAsync(TestData.Lima);

        (await reopened.LoadAsync(Ct)).Version.ShouldBe(TestData.Small().Version);
    }

    [Fact]
    public async Task LoadAsync_EmptyStoreWithoutSeed_ReturnsEmptyDataset()
    {
        var store = await StoreAsync(null);

        var loaded = await store.LoadAsync(Ct);

        loaded.Offices.ShouldBeEmpty();
        (await store.HistoryAsync(10, 0, Ct)).ShouldBeEmpty();
    }

    [Fact]
    public async Task ApplyAsync_ValidBatch_PersistsAndRecordsEachChange()
    {
        var store = await StoreAsync(TestData.Small());
        var before = await store.LoadAsync(Ct);
        Change[] batch =
        [
            new UpsertOffice(new Office("CHL", "Chile", ["CHILE"], "INAPI", true)),
            new AddOffer(new Offer("CHL", "gender", null, "promotion#2", Confidence.Low, "from the narrative")),
            new RemoveRequest("MEX", "gender"),
            new UpsertSubject(new Subject("gender", "promotion", "IP & gender", "renamed", false)),
        ];

        var after = await store.ApplyAsync(batch, "alice", before.Version, Ct);

        var reloaded = await (await CreateStoreAsync(null)).LoadAsync(Ct);
        reloaded.Version.ShouldBe(after.Version);
        reloaded.ShouldBe(DatasetEditor.Apply(before, batch).Dataset);
        reloaded.FindOffice("CHL").ShouldNotBeNull().Aliases.ShouldBe(["CHILE"]);
        reloaded.Requests.ShouldNotContain(r => r.Office == "MEX" && r.Subject == "gender");
        var history = await store.HistoryAsync(10, 1, Ct);
        history.Select(h => (h.Kind, h.Target)).ShouldBe(
            [("upsertOffice", "CHL"), ("addOffer", "CHL/gender"), ("removeRequest", "MEX/gender"), ("upsertSubject", "gender")]);
        history.ShouldAllBe(h => h.Actor == "alice" && h.Version == after.Version);
    }

    [Fact]
    public async Task ApplyAsync_BatchWithOneBadChange_ChangesNothing()
    {
        var store = await StoreAsync(TestData.Small());
        var before = await store.LoadAsync(Ct);
        Change[] batch =
        [
            new AddRequest(new Request("BRA", "gender", "promotion#3", Confidence.High, null)),
            new AddRequest(new Request("XYZ", "gender", "promotion#4", Confidence.High, null)),
        ];

        var ex = await Should.ThrowAsync<StoreValidationException>(() => store.ApplyAsync(batch, "bob", null, Ct));

        ex.Report.Errors.ShouldContain(e => e.Place == "changes[1].office");
        (await store.LoadAsync(Ct)).Version.ShouldBe(before.Version);
        (await store.HistoryAsync(10, 0, Ct)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task ApplyAsync_StaleExpectedVersion_ThrowsConflictAndChangesNothing()
    {
        var store = await StoreAsync(TestData.Small());
        var before = await store.LoadAsync(Ct);
        await store.ApplyAsync([new RemoveOffer("BRA", "green-patents")], "carol", before.Version, Ct);
        var current = await store.LoadAsync(Ct);

        var ex = await Should.ThrowAsync<StoreConflictException>(() =>
            store.ApplyAsync([new RemoveRequest("ARG", "green-patents")], "dave", before.Version, Ct));

        ex.Expected.ShouldBe(before.Version);
        ex.Actual.ShouldBe(current.Version);
        (await store.LoadAsync(Ct)).Version.ShouldBe(current.Version);
    }

    [Fact]
    public async Task ImportAsync_Merge_UpsertsByKeyAndKeepsTheRest()
    {
        var store = await StoreAsync(TestData.Small());
        var incoming = Dataset.Empty("patch") with
        {
            Offices = [new Office("BRA", "Brasil", ["BRASIL"], "INPI-BR", true), new Office("PER", "Peru", [], "INDECOPI", true)],
            Areas = TestData.Small().Areas,
            Subjects = TestData.Small().Subjects,
            Requests = [new Request("PER", "gender", "patch#1", Confidence.High, null)],
        };

        var merged = await store.ImportAsync(incoming, ImportMode.Merge, "erin", null, Ct);

        merged.ShouldBe(DatasetEditor.Import(TestData.Small(), incoming, ImportMode.Merge).Dataset);
        var loaded = await store.LoadAsync(Ct);
        loaded.Version.ShouldBe(merged.Version);
        loaded.Name.ShouldBe("sample");
        loaded.Offices.Select(o => o.Code).ShouldBe(["ARG", "BRA", "MEX", "PER"]);
        loaded.FindOffice("BRA")!.Institution.ShouldBe("INPI-BR");
        loaded.Requests.Count.ShouldBe(4);
        (await store.HistoryAsync(10, 1, Ct)).ShouldHaveSingleItem().Kind.ShouldBe("import:merge");
    }

    [Fact]
    public async Task ImportAsync_Replace_MakesTheImportTheWholeDataset()
    {
        var store = await StoreAsync(TestData.Lima);

        var replaced = await store.ImportAsync(TestData.Small(), ImportMode.Replace, "frank", TestData.Lima.Version, Ct);

        replaced.Version.ShouldBe(TestData.Small().Version);
        var loaded = await (await CreateStoreAsync(null)).LoadAsync(Ct);
        loaded.Version.ShouldBe(TestData.Small().Version);
        loaded.Source.ShouldBe(TestData.Small().Source);
    }

    [Fact]
    public async Task ImportAsync_InvalidResult_ChangesNothing()
    {
        var store = await StoreAsync(TestData.Lima);
        var broken = TestData.Small() with { Requests = [new Request("ARG", "no-such-subject", "x#1", Confidence.High, null)] };

        var ex = await Should.ThrowAsync<StoreValidationException>(() => store.ImportAsync(broken, ImportMode.Replace, "gina", null, Ct));

        ex.Report.Errors.ShouldContain(e => e.Place == "$.requests[0].subject");
        (await store.LoadAsync(Ct)).Version.ShouldBe(TestData.Lima.Version);
    }

    [Fact]
    public async Task ImportAsync_IntoStoreNeverWrittenWithMerge_KeepsImportedNameAndVersion()
    {
        var store = await StoreAsync(null);

        var imported = await store.ImportAsync(TestData.Lima, ImportMode.Merge, "hal", null, Ct);

        imported.Version.ShouldBe(TestData.Lima.Version);
    }

    [Fact]
    public async Task HistoryAsync_Paging_ReturnsEveryEntryOnceInOrder()
    {
        var store = await StoreAsync(TestData.Small());
        foreach (var subject in new[] { "gender", "all-together" })
        {
            await store.ApplyAsync([new AddRequest(new Request("BRA", subject, "p#1", Confidence.High, null))], "ivy", null, Ct);
        }

        await store.ApplyAsync([new RemoveRequest("BRA", "gender"), new RemoveRequest("BRA", "all-together")], "ivy", null, Ct);

        var pages = new List<IReadOnlyList<ChangeRecord>>();
        long after = 0;
        while (true)
        {
            var page = await store.HistoryAsync(2, after, Ct);
            if (page.Count == 0)
            {
                break;
            }

            pages.Add(page);
            after = page[^1].Sequence;
        }

        pages.Select(p => p.Count).ShouldBe([2, 2, 1]);
        var all = pages.SelectMany(p => p).ToList();
        all.Select(r => r.Sequence).ShouldBeInOrder(SortDirection.Ascending);
        all.Select(r => r.Sequence).Distinct().Count().ShouldBe(5);
        all.Select(r => r.Kind).ShouldBe(["import:replace", "addRequest", "addRequest", "removeRequest", "removeRequest"]);
        all[^1].Version.ShouldBe((await store.LoadAsync(Ct)).Version);
    }

    [Fact]
    public async Task ApplyAsync_ConcurrentWritersWithoutExpectedVersion_NeverLoseAnUpdate()
    {
        var seed = GeneratedData.Large("concurrent", offices: 12, subjects: 40, requestsPerOffice: 2, offersPerOffice: 1, salt: 0);
        await (await StoreAsync(seed)).LoadAsync(Ct);
        var writers = seed.Offices.Select(async (office, i) =>
        {
            var store = await CreateStoreAsync(null);
            var subject = seed.Subjects[39 - i].Id;
            await store.ApplyAsync([new AddRequest(new Request(office.Code, subject, $"w#{i}", Confidence.Low, null))], $"writer-{i}", null, Ct);
            return (office.Code, subject);
        });

        var added = await Task.WhenAll(writers);

        var final = await (await CreateStoreAsync(null)).LoadAsync(Ct);
        foreach (var (office, subject) in added)
        {
            final.Requests.ShouldContain(r => r.Office == office && r.Subject == subject);
        }

        final.Requests.Count.ShouldBe(seed.Requests.Count + added.Length);
        (await (await CreateStoreAsync(null)).HistoryAsync(100, 1, Ct)).Count.ShouldBe(added.Length);
    }

    [Fact]
    public async Task ApplyAsync_ConcurrentWritersWithSameExpectedVersion_ExactlyOneWins()
    {
        var store = await StoreAsync(TestData.Small());
        var version = (await store.LoadAsync(Ct)).Version;
        var attempts = Enumerable.Range(0, 6).Select(async i =>
        {
            var writer = await CreateStoreAsync(null);
            try
            {
                await writer.ApplyAsync([new UpsertOffice(new Office("ARG", $"Argentina {i}", [], null, true))], $"w{i}", version, Ct);
                return true;
            }
            catch (StoreConflictException)
            {
                return false;
            }
        });

        var outcomes = await Task.WhenAll(attempts);

        outcomes.Count(won => won).ShouldBe(1);
        (await store.HistoryAsync(100, 1, Ct)).Count.ShouldBe(1);
    }
    [Fact]
    public async Task VersionAsync_AfterAnotherStoreOnTheSameLocationWrites_ReturnsTheNewVersion()
    {
        var store = await StoreAsync(TestData.Small());
        (await store.VersionAsync(Ct)).ShouldBe(TestData.Small().Version);
        var other = await CreateStoreAsync(null);

        var written = await other.ApplyAsync([new RemoveOffer("BRA", "green-patents")], "other", null, Ct);

        await WaitForVersionAsync(store, written.Version);
        (await store.VersionAsync(Ct)).ShouldBe(written.Version);
        (await store.LoadAsync(Ct)).Version.ShouldBe(written.Version);
    }

    [Fact]
    public async Task ApplyAsync_AfterAnotherStoreWrote_AppliesToWhatTheOtherWrote()
    {
        var store = await StoreAsync(TestData.Small());
        await store.ApplyAsync([new UpsertOffice(new Office("CHL", "Chile", [], null, true))], "first", null, Ct);
        var other = await CreateStoreAsync(null);
        await other.ApplyAsync([new UpsertOffice(new Office("PER", "Peru", [], null, true))], "other", null, Ct);

        var after = await store.ApplyAsync([new AddOffer(new Offer("CHL", "gender", null, "x#1", Confidence.Low, null))], "first", null, Ct);

        after.Offices.Select(o => o.Code).ShouldBe(["ARG", "BRA", "MEX", "CHL", "PER"]);
        (await (await CreateStoreAsync(null)).LoadAsync(Ct)).Version.ShouldBe(after.Version);
    }

    [Fact]
    public async Task ApplyAsync_EditsInTheMiddleOfEveryList_ReloadKeepsContentAndOrder()
    {
        var store = await StoreAsync(TestData.Small());
        var dataset = await store.LoadAsync(Ct);
        List<Change[]> batches =
        [
            [new RemoveRequest(dataset.Requests[0].Office, dataset.Requests[0].Subject), new RemoveOffer(dataset.Offers[0].Office, dataset.Offers[0].Subject)],
            [new UpsertOffice(dataset.Offices[1] with { Name = "renamed", Aliases = ["ONE", "TWO"] }), new UpsertOffice(new Office("CHL", "Chile", ["CL"], "INAPI", false))],
            [new UpsertSubject(dataset.Subjects[0] with { Name = "renamed subject", Request = null })],
            [new AddRequest(dataset.Requests[0] with { Note = "back, at the end" }), new AddOffer(new Offer("CHL", dataset.Subjects[0].Id, "w", "x#2", Confidence.Medium, "n"))],
            [new RemoveRequest(dataset.Requests[0].Office, dataset.Requests[0].Subject), new AddRequest(dataset.Requests[0])],
        ];

        foreach (var batch in batches)
        {
            var expected = DatasetEditor.Apply(dataset, batch).Dataset.ShouldNotBeNull();
            dataset = await store.ApplyAsync(batch, "editor", dataset.Version, Ct);
            dataset.Version.ShouldBe(expected.Version);
            (await (await CreateStoreAsync(null)).LoadAsync(Ct)).Version.ShouldBe(expected.Version);
        }

        var merged = await store.ImportAsync(TestData.Small() with { Offices = [new Office("ZAF", "South Africa", [], null, true), .. TestData.Small().Offices] }, ImportMode.Merge, "editor", null, Ct);
        (await (await CreateStoreAsync(null)).LoadAsync(Ct)).Version.ShouldBe(merged.Version);
        var reordered = await store.ImportAsync(merged with { Offices = [.. merged.Offices.Reverse()], Subjects = [.. merged.Subjects.Reverse()] }, ImportMode.Replace, "editor", null, Ct);
        (await (await CreateStoreAsync(null)).LoadAsync(Ct)).Version.ShouldBe(reordered.Version);
    }

    /// <summary>Stores may check at an interval (Neo4j: a round trip per check); waits out at most a few intervals.</summary>
    private static async Task WaitForVersionAsync(IGraphStore store, string version)
    {
        for (var i = 0; i < 50 && await store.VersionAsync(Ct) != version; i++)
        {
            await Task.Delay(100, Ct);
        }
    }
}
