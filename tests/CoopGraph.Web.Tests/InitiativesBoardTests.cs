using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>
/// The Initiatives tab: proposing and moving initiatives through the page with the API key, and a refusal from the
/// server shown as it is. Its own server (the tests write), and every expectation read from the API at test time.
/// </summary>
public sealed class InitiativesBoardTests(WorkbenchFixture fixture) : IClassFixture<WorkbenchFixture>
{
    private const string Initiatives = """
        { initiatives { id title status round allowedNext subject { id name } requestOffices { code name } offerOffices { code name }
            steps { status at actor note } }
          open: followUp(stalledDays: 0) { stalled { initiative { id } daysSince } }
          late: followUp { stalledDays stalled { initiative { id } } } }
        """;

    [Fact]
    public async Task ProposeForm_NewInitiative_AppearsUnderProposedWithTheApisValues()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var (round, subjects) = await SubjectsAsync();
        var subject = Pick(subjects, 0);
        var requester = subject.Requesters[0];
        var offerer = subject.Offerers.First(o => o != requester);
        await using var session = await OpenBoardAsync();

        await session.RunAsync(nameof(ProposeForm_NewInitiative_AppearsUnderProposedWithTheApisValues), async () =>
        {
            var page = session.Page;
            await page.FillAsync("#board-key", fixture.Server.ApiKey);
            (await page.InputValueAsync("#propose-round")).ShouldBe(round, "the form proposes in the latest round by default");
            // Only valid choices: the subjects requested and offered at the round, then that subject's offices.
            var offered = await page.Locator("#propose-subject option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)");
            offered.Order().ToArray().ShouldBe(subjects.Select(s => s.Id).Order().ToArray());
            await page.SelectOptionAsync("#propose-subject", subject.Id);
            (await Values(page, "#propose-requesters input")).ShouldBe(subject.Requesters.Order().ToArray());
            (await Values(page, "#propose-offerers input")).ShouldBe(subject.Offerers.Order().ToArray());
            await page.CheckAsync($"#propose-requesters input[value={requester}]");
            await page.CheckAsync($"#propose-offerers input[value={offerer}]");
            await page.FillAsync("#propose-title-input", "Board test: a first initiative");
            (await page.InputValueAsync("#propose-id")).ShouldBe("board-test-a-first-initiative", "the id follows the title until typed");
            await page.FillAsync("#propose-note", "Lima table");
            await page.FillAsync("#propose-at", "2022-10-06");
            await page.ClickAsync("#propose-submit");

            var card = page.Locator("#board-PROPOSED article[data-id='board-test-a-first-initiative']");
            await Assertions.Expect(card).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("#board-result")).ToContainTextAsync("recorded");
            await Assertions.Expect(page.Locator("#propose-title-input")).ToHaveValueAsync("");
            (await page.InputValueAsync("#propose-round")).ShouldBe(round, "the cleared form stays in the round");
            var data = await fixture.Server.QueryAsync(Initiatives);
            var initiative = data.Items("initiatives").Single(i => i.Text("id") == "board-test-a-first-initiative");
            initiative.Text("status").ShouldBe("PROPOSED");
            initiative.GetProperty("requestOffices").Codes().ShouldBe([requester]);
            initiative.GetProperty("offerOffices").Codes().ShouldBe([offerer]);
            await ExpectCardAsync(card, initiative, data);
            (await page.Locator("#board").GetAttributeAsync("data-version")).ShouldBe(
                (await fixture.Server.QueryAsync("{ dataset { version } }")).GetProperty("dataset").Text("version"), "the board re-read after the edit");
        });
    }

    [Fact]
    public async Task AdvanceControl_Agreed_MovesTheCardUnderAgreed()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var (round, subjects) = await SubjectsAsync();
        const string id = "board-test-advance";
        await ProposeAsync(id, Pick(subjects, 1), round);
        await using var session = await OpenBoardAsync();

        await session.RunAsync(nameof(AdvanceControl_Agreed_MovesTheCardUnderAgreed), async () =>
        {
            var page = session.Page;
            var card = page.Locator($"article[data-id='{id}']");
            await Assertions.Expect(card).ToHaveAttributeAsync("data-status", "PROPOSED");
            var before = (await fixture.Server.QueryAsync(Initiatives)).Items("initiatives").Single(i => i.Text("id") == id);
            (await Values(page, $"article[data-id='{id}'] select[name=status] option")).ShouldBe(before.GetProperty("allowedNext").Strings().Order().ToArray(),
                "the move control offers exactly the statuses the API allows next");

            await page.FillAsync("#board-key", fixture.Server.ApiKey);
            await card.Locator("select[name=status]").SelectOptionAsync("AGREED");
            await card.Locator("input[name=note]").FillAsync("both heads signed");
            await card.Locator("button[type=submit]").ClickAsync();

            var moved = page.Locator($"#board-AGREED article[data-id='{id}']");
            await Assertions.Expect(moved).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator($"#board-PROPOSED article[data-id='{id}']")).ToHaveCountAsync(0);
            var data = await fixture.Server.QueryAsync(Initiatives);
            var after = data.Items("initiatives").Single(i => i.Text("id") == id);
            after.Text("status").ShouldBe("AGREED");
            after.Items("steps").Last().Text("note").ShouldBe("both heads signed");
            await ExpectCardAsync(moved, after, data);
            (await Values(page, $"article[data-id='{id}'] select[name=status] option")).ShouldBe(after.GetProperty("allowedNext").Strings().Order().ToArray());

            // The board with its cards, forms and refusal area passes axe like every tab.
            await AccessibilityTests.AssertNoGraveViolationsAsync(page, "initiatives-with-cards");
        });
    }

    [Fact]
    public async Task AdvanceControl_BoardStale_ShowsTheServersRefusalAndChangesNothing()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var (round, subjects) = await SubjectsAsync();
        const string id = "board-test-stale";
        await ProposeAsync(id, Pick(subjects, 2), round);
        await using var session = await OpenBoardAsync();

        await session.RunAsync(nameof(AdvanceControl_BoardStale_ShowsTheServersRefusalAndChangesNothing), async () =>
        {
            var page = session.Page;
            var card = page.Locator($"article[data-id='{id}']");
            await Assertions.Expect(card).ToHaveAttributeAsync("data-status", "PROPOSED");
            var read = await page.Locator("#board").GetAttributeAsync("data-version");
            await page.FillAsync("#board-key", fixture.Server.ApiKey);
            await card.Locator("input[name=note]").FillAsync("dropping it");

            // Another planner moves it meanwhile; the page notices (live poll) and keeps what is typed.
            var agreed = await fixture.Server.QueryAsync(
                $$"""mutation { advanceInitiative(id: "{{id}}", status: AGREED, note: "elsewhere") { version } }""", withKey: true);
            var current = agreed.GetProperty("advanceInitiative").Text("version");
            await Assertions.Expect(page.Locator("#board-result .stale")).ToContainTextAsync(current);
            var cardText = await card.InnerTextAsync();

            await card.Locator("select[name=status]").SelectOptionAsync("DROPPED");
            await card.Locator("button[type=submit]").ClickAsync();

            var refusal = page.Locator("#board-result .refusal");
            await Assertions.Expect(refusal).ToHaveAttributeAsync("data-code", "VERSION_CONFLICT");
            // The server's own words for this refusal: the same request sent to the API.
            var errors = await fixture.Server.ErrorsAsync(
                "mutation A($v: String) { advanceInitiative(expectedVersion: $v, id: \"" + id + "\", status: DROPPED, note: \"dropping it\") { version } }",
                new { v = read }, withKey: true);
            var message = errors[0].Text("message");
            message.ShouldContain(current);
            await Assertions.Expect(refusal).ToContainTextAsync(message);
            await Assertions.Expect(refusal).ToContainTextAsync("at advanceInitiative");

            // Nothing changed on the page, and nothing was written.
            await Assertions.Expect(page.Locator($"#board-PROPOSED article[data-id='{id}']")).ToHaveCountAsync(1);
            (await card.InnerTextAsync()).ShouldBe(cardText);
            (await card.Locator("input[name=note]").InputValueAsync()).ShouldBe("dropping it");
            (await page.Locator("#board").GetAttributeAsync("data-version")).ShouldBe(read);
            var data = await fixture.Server.QueryAsync("{ dataset { version } initiatives(status: AGREED) { id } }");
            data.GetProperty("dataset").Text("version").ShouldBe(current);
            data.Items("initiatives").Select(i => i.Text("id")).ShouldContain(id);
        });
    }

    [Fact]
    public async Task AdvanceControl_DatedBeforeTheLastStep_ShowsTheRefusalWithItsPlace()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var (round, subjects) = await SubjectsAsync();
        const string id = "board-test-backdated";
        await ProposeAsync(id, Pick(subjects, 3), round);
        await using var session = await OpenBoardAsync();

        await session.RunAsync(nameof(AdvanceControl_DatedBeforeTheLastStep_ShowsTheRefusalWithItsPlace), async () =>
        {
            var page = session.Page;
            var card = page.Locator($"article[data-id='{id}']");
            await Assertions.Expect(card).ToHaveAttributeAsync("data-status", "PROPOSED");
            var version = await page.Locator("#board").GetAttributeAsync("data-version");
            var cardText = await card.InnerTextAsync();
            await page.FillAsync("#board-key", fixture.Server.ApiKey);
            await card.Locator("select[name=status]").SelectOptionAsync("AGREED");
            await card.Locator("input[name=at]").FillAsync("2020-01-01");
            await card.Locator("button[type=submit]").ClickAsync();

            var issue = page.Locator("#board-result .refusal[data-code=INVALID_INPUT] li[data-place]");
            await Assertions.Expect(issue).ToHaveCountAsync(1);
            var errors = await fixture.Server.ErrorsAsync(
                "mutation A($v: String) { advanceInitiative(expectedVersion: $v, id: \"" + id + "\", status: AGREED, at: \"2020-01-01T00:00:00Z\") { version } }",
                new { v = version }, withKey: true);
            var expected = errors[0].GetProperty("extensions").Items("issues").Single();
            await Assertions.Expect(issue).ToHaveAttributeAsync("data-place", expected.Text("place"));
            await Assertions.Expect(issue).ToContainTextAsync(expected.Text("message"));
            (await card.InnerTextAsync()).ShouldBe(cardText);
            (await fixture.Server.QueryAsync("{ dataset { version } }")).GetProperty("dataset").Text("version").ShouldBe(version, "nothing was written");
        });
    }

    [Fact]
    public async Task ProposeForm_IdTakenByAnotherInitiative_ShowsTheRefusalAndKeepsTheForm()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var (round, subjects) = await SubjectsAsync();
        const string id = "board-test-taken";
        var subject = Pick(subjects, 4);
        await ProposeAsync(id, subject, round);
        await using var session = await OpenBoardAsync();

        await session.RunAsync(nameof(ProposeForm_IdTakenByAnotherInitiative_ShowsTheRefusalAndKeepsTheForm), async () =>
        {
            var page = session.Page;
            await page.FillAsync("#board-key", fixture.Server.ApiKey);
            await page.SelectOptionAsync("#propose-subject", subject.Id);
            await page.CheckAsync($"#propose-requesters input[value={subject.Requesters[0]}]");
            await page.CheckAsync($"#propose-offerers input[value={subject.Offerers.First(o => o != subject.Requesters[0])}]");
            await page.FillAsync("#propose-title-input", "Another initiative under a taken id");
            await page.FillAsync("#propose-id", id);
            await page.ClickAsync("#propose-submit");

            var refusal = page.Locator("#board-result .refusal[data-code=INVALID_INPUT]");
            await Assertions.Expect(refusal).ToContainTextAsync($"initiative '{id}' already exists with other content");
            await Assertions.Expect(refusal.Locator("li[data-place=input]")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator($"article[data-id='{id}'] h4")).ToHaveTextAsync($"Test {id}");
            (await page.InputValueAsync("#propose-title-input")).ShouldBe("Another initiative under a taken id", "the form keeps what was typed");
        });
    }

    [Fact]
    public async Task ProposeForm_EarlierRoundChosenInPicker_DefaultsToThePickersRoundAndFollowsASwitch()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        const string query = "query($round: ID) { subjects(round: $round) { id requesters { code } offerers { code } } }";
        var rounds = (await fixture.Server.QueryAsync("{ rounds { id latest } }")).Items("rounds").ToArray();
        rounds.Length.ShouldBeGreaterThanOrEqualTo(2, "the dataset has one round, so the picker cannot choose another");
        var latest = rounds.Single(r => r.GetProperty("latest").GetBoolean()).Text("id");
        var earlier = rounds.First(r => !r.GetProperty("latest").GetBoolean()).Text("id");
        var atEarlier = Proposable(await fixture.Server.QueryAsync(query, new { round = earlier }));
        var atLatest = Proposable(await fixture.Server.QueryAsync(query, new { round = latest }));
        // A subject proposable in both rounds whose offering offices differ: the form's offices say which round it read.
        var subject = atEarlier.Keys.FirstOrDefault(id => atLatest.TryGetValue(id, out var l) && l.Offerers != atEarlier[id].Offerers);
        subject.ShouldNotBeNull("no subject's offerers differ between the rounds, so the check could not fail");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(ProposeForm_EarlierRoundChosenInPicker_DefaultsToThePickersRoundAndFollowsASwitch), async () =>
        {
            var page = session.Page;
            await page.SelectOptionAsync("#round-pick", earlier);
            await page.ClickAsync("#tab-initiatives");
            await Assertions.Expect(page.Locator("#board")).ToHaveAttributeAsync("data-round", earlier);
            await Assertions.Expect(page.Locator("#propose-round")).ToHaveValueAsync(earlier, new() { Timeout = 10_000 });
            await ExpectOfferersAsync(page, subject, atEarlier[subject].Offerers);

            await page.SelectOptionAsync("#round-pick", latest);

            await Assertions.Expect(page.Locator("#board")).ToHaveAttributeAsync("data-round", latest);
            await Assertions.Expect(page.Locator("#propose-round")).ToHaveValueAsync(latest, new() { Timeout = 10_000 });
            await ExpectOfferersAsync(page, subject, atLatest[subject].Offerers);
        });

        static Dictionary<string, (string Requesters, string Offerers)> Proposable(JsonElement data) => data.Items("subjects")
            .Where(s => s.Items("requesters").Any() && s.Items("offerers").Any())
            .ToDictionary(s => s.Text("id"), s => (Join(s.GetProperty("requesters").Codes()), Join(s.GetProperty("offerers").Codes())));

        static string Join(IEnumerable<string> codes) => string.Join(' ', codes.Order(StringComparer.Ordinal));

        static async Task ExpectOfferersAsync(IPage page, string subject, string expected)
        {
            // The subjects and offices are read after the round is set: wait for the subject to be offered first.
            await Assertions.Expect(page.Locator($"#propose-subject option[value='{subject}']")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
            await page.SelectOptionAsync("#propose-subject", subject);
            var shown = await page.Locator("#propose-offerers input").EvaluateAllAsync<string[]>("es => es.map(e => e.value)");
            Join(shown).ShouldBe(expected, $"the form's offering offices for {subject}");
        }
    }

    /// <summary>A card shows the API's subject, offices, round, last step, days since and stalled mark.</summary>
    private static async Task ExpectCardAsync(ILocator card, JsonElement initiative, JsonElement data)
    {
        var id = initiative.Text("id");
        await Assertions.Expect(card.Locator("h4")).ToHaveTextAsync(initiative.Text("title"));
        await Assertions.Expect(card.Locator("[data-field=subject]")).ToHaveTextAsync(initiative.GetProperty("subject").Text("name"));
        await Assertions.Expect(card.Locator("[data-field=requesters]")).ToHaveTextAsync(string.Join(", ", initiative.Items("requestOffices").Select(o => o.Text("name"))));
        await Assertions.Expect(card.Locator("[data-field=offerers]")).ToHaveTextAsync(string.Join(", ", initiative.Items("offerOffices").Select(o => o.Text("name"))));
        await Assertions.Expect(card.Locator("[data-field=round]")).ToContainTextAsync(initiative.Text("round"));
        var last = initiative.Items("steps").Last();
        var lastStep = card.Locator("[data-field=last-step]");
        await Assertions.Expect(lastStep).ToContainTextAsync(last.Text("at")[..10]);
        await Assertions.Expect(lastStep).ToContainTextAsync($"by {last.Text("actor")}");
        await Assertions.Expect(lastStep).ToContainTextAsync(last.Text("note"));
        var days = data.GetProperty("open").Items("stalled").Single(s => s.GetProperty("initiative").Text("id") == id).GetProperty("daysSince").GetInt32();
        await Assertions.Expect(card.Locator("[data-field=days-since]")).ToHaveTextAsync(days.ToString(CultureInfo.InvariantCulture));
        var stalled = data.GetProperty("late").Items("stalled").Any(s => s.GetProperty("initiative").Text("id") == id);
        await Assertions.Expect(card.Locator(".stalled-mark")).ToHaveCountAsync(stalled ? 1 : 0);
        if (stalled)
        {
            await Assertions.Expect(card.Locator(".stalled-mark")).ToContainTextAsync($"Stalled: no step for {days} days");
        }
    }

    private static async Task<string[]> Values(IPage page, string selector) =>
        [.. (await page.Locator(selector).EvaluateAllAsync<string[]>("es => es.map(e => e.value)")).Order()];

    private async Task<WorkbenchSession> OpenBoardAsync()
    {
        var session = await WorkbenchSession.OpenAsync(fixture);
        await session.Page.ClickAsync("#tab-initiatives");
        await session.Page.WaitForSelectorAsync("#board[data-ready=true]");
        return session;
    }

    private async Task ProposeAsync(string id, Subject subject, string round) =>
        await fixture.Server.QueryAsync(
            "mutation P($input: ProposeInitiativeInput!) { proposeInitiative(input: $input) { version } }",
            new
            {
                input = new
                {
                    id,
                    title = $"Test {id}",
                    subject = subject.Id,
                    round,
                    note = "from the test",
                    requestOffices = new[] { subject.Requesters[0] },
                    offerOffices = new[] { subject.Offerers.First(o => o != subject.Requesters[0]) },
                },
            },
            withKey: true);

    /// <summary>The latest round and the subjects some office requests and another offers there, as the API says.</summary>
    private async Task<(string Round, Subject[] Subjects)> SubjectsAsync()
    {
        var data = await fixture.Server.QueryAsync("{ rounds { id latest } subjects { id requesters { code } offerers { code } } }");
        var round = data.Items("rounds").Single(r => r.GetProperty("latest").GetBoolean()).Text("id");
        Subject[] subjects = [.. data.Items("subjects")
            .Select(s => new Subject(s.Text("id"), s.GetProperty("requesters").Codes(), s.GetProperty("offerers").Codes()))
            .Where(s => s.Requesters.Length > 0 && s.Offerers.Length > 0)];
        subjects.Count(Usable).ShouldBeGreaterThanOrEqualTo(5, "the dataset has too few subjects with both sides for these tests");
        return (round, subjects);
    }

    /// <summary>A subject an initiative can be proposed on with two different offices.</summary>
    private static bool Usable(Subject subject) => subject.Offerers.Any(o => o != subject.Requesters[0]);

    private static Subject Pick(Subject[] subjects, int n) => subjects.Where(Usable).ElementAt(n);

    private sealed record Subject(string Id, string[] Requesters, string[] Offerers);
}
