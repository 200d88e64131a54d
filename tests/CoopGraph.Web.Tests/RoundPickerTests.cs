using System.Text.Json;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>
/// The header's round picker re-asks every round-dependent view: after switching Lima from the meeting to the survey
/// round (13 cited edges apart), the office panel, the standings, the matches table, a path and a what-if shown on the
/// page are the API's answers for the survey round, and each view says which round it shows. Every expectation is read
/// from the API at test time, and each test first checks that the two rounds' answers differ (or it could not fail).
/// </summary>
[Collection(WorkbenchGroup.Name)]
public sealed class RoundPickerTests(WorkbenchFixture fixture)
{
    private const string Survey = "survey-2022-04";
    private const string Meeting = "lima-2022-10";

    // Guatemala's distinctive-signs offer came with the meeting (report line 1344): its panel, its supporters, the
    // paths from it and what removing it changes all differ between the rounds.
    private const string Office = "GTM";

    // The standings the page lists by name, in its order (planner.js standingTitles).
    private static readonly string[] ListedStandings = ["ISOLATED", "WEAK_TIES", "UNMET_NEEDS"];

    [Fact]
    public async Task RoundPicker_Survey_OfficePanelStandingsAndMatchesAreTheSurveys()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        const string query = """
            query($round: ID) {
              office(code: "GTM", round: $round) { offers { subject { id } } requests { subject { id } } standing { supporters supported } rank(metric: OUT_DEGREE) { rank outOf } }
              officeStandings(round: $round) { offices { office { code } standing supporters supported } }
              subjects(round: $round) { id requesters { code } offerers { code } statusLabel }
            }
            """;
        var survey = await fixture.Server.QueryAsync(query, new { round = Survey });
        var meeting = await fixture.Server.QueryAsync(query, new { round = Meeting });
        Offers(survey).ShouldNotBe(Offers(meeting), "Guatemala offers the same in both rounds, so the panel check could not fail");
        Standings(survey).ShouldNotBe(Standings(meeting), "the standings are the same in both rounds, so the check could not fail");
        Matches(survey).ShouldNotBe(Matches(meeting), "the matches are the same in both rounds, so the check could not fail");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(RoundPicker_Survey_OfficePanelStandingsAndMatchesAreTheSurveys), async () =>
        {
            var page = session.Page;
            await page.SelectOptionAsync("#office-pick", Office);
            await Assertions.Expect(page.Locator("#details")).ToHaveAttributeAsync("data-round", Meeting);
            (await ShownOffersAsync(page)).ShouldBe(Offers(meeting));

            await page.SelectOptionAsync("#round-pick", Survey);

            await Assertions.Expect(page.Locator("#details")).ToHaveAttributeAsync("data-round", Survey);
            await Assertions.Expect(page.Locator("#details-round")).ToContainTextAsync(Survey);
            (await ShownOffersAsync(page)).ShouldBe(Offers(survey));
            var office = survey.GetProperty("office");
            var standing = office.GetProperty("standing");
            await Assertions.Expect(page.Locator("#office-standing")).ToContainTextAsync(
                $"({standing.GetProperty("supporters").GetInt32()} supporters, helps {standing.GetProperty("supported").GetInt32()})");
            var rank = office.GetProperty("rank");
            await Assertions.Expect(page.Locator("#office-rank")).ToContainTextAsync($"Rank {rank.GetProperty("rank").GetInt32()} of {rank.GetProperty("outOf").GetInt32()}");

            await Assertions.Expect(page.Locator("#isolated")).ToHaveAttributeAsync("data-round", Survey);
            await Assertions.Expect(page.Locator("#isolated-round")).ToContainTextAsync(Survey);
            var shownStandings = await page.Locator("#isolated li[data-office]").EvaluateAllAsync<string[]>(
                "items => items.map(li => `${li.dataset.office} ${li.dataset.standing} ${li.querySelector('.muted').textContent.match(/\\d+/g).join(' ')}`)");
            shownStandings.ShouldBe(Standings(survey));

            await page.ClickAsync("#tab-matches");
            await Assertions.Expect(page.Locator("#matches")).ToHaveAttributeAsync("data-round", Survey);
            await Assertions.Expect(page.Locator("#matches-round")).ToContainTextAsync(Survey);
            var rows = await page.Locator("#matches tr[data-subject]").EvaluateAllAsync<string[]>("""
                rows => rows.map(r => [r.dataset.subject,
                  [...r.cells[1].querySelectorAll('[data-code]')].map(s => s.dataset.code).sort().join(' '),
                  [...r.cells[2].querySelectorAll('[data-code]')].map(s => s.dataset.code).sort().join(' '),
                  r.cells[3].textContent.trim()].join('|'))
                """);
            rows.ShouldBe(Matches(survey), ignoreOrder: true);
        });
    }

    [Fact]
    public async Task RoundPicker_SurveyWithPathAndWhatIfShown_BothAreAskedAgainOnTheSurvey()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        const string query = """
            query($round: ID, $to: String!) {
              paths(from: "GTM", to: $to, k: 3, round: $round) { noPathReason paths { offices { name } } }
              whatIf(removeOffices: ["GTM"], round: $round) { lostSupporters { supporter offices } }
            }
            """;
        var names = await fixture.Server.QueryAsync("""{ subject(id: "distinctive-signs") { requesters { code } } }""");
        var helped = names.GetProperty("subject").Items("requesters").Select(o => o.Text("code")).First(c => c != Office);
        var survey = await fixture.Server.QueryAsync(query, new { round = Survey, to = helped });
        var meeting = await fixture.Server.QueryAsync(query, new { round = Meeting, to = helped });
        Paths(survey).ShouldNotBe(Paths(meeting), "the paths are the same in both rounds, so the check could not fail");
        LostSupporters(survey).ShouldNotBe(LostSupporters(meeting), "removing Guatemala changes the same in both rounds, so the check could not fail");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(RoundPicker_SurveyWithPathAndWhatIfShown_BothAreAskedAgainOnTheSurvey), async () =>
        {
            var page = session.Page;
            await page.SelectOptionAsync("#path-from", Office);
            await page.SelectOptionAsync("#path-to", helped);
            await page.FillAsync("#path-k", "3");
            await page.ClickAsync("#path-form button[type=submit]");
            await Assertions.Expect(page.Locator("#path-result")).ToHaveAttributeAsync("data-round", Meeting);
            (await ShownPathsAsync(page)).ShouldBe(Paths(meeting));
            await page.Locator($"#whatif-offices input[value={Office}]").CheckAsync();
            await page.ClickAsync("#whatif-form button[type=submit]");
            await Assertions.Expect(page.Locator("#whatif-result")).ToHaveAttributeAsync("data-round", Meeting);

            await page.SelectOptionAsync("#round-pick", Survey);

            await Assertions.Expect(page.Locator("#path-result")).ToHaveAttributeAsync("data-round", Survey);
            await Assertions.Expect(page.Locator("#path-result-round")).ToContainTextAsync(Survey);
            (await ShownPathsAsync(page)).ShouldBe(Paths(survey));
            await Assertions.Expect(page.Locator("#whatif-result")).ToHaveAttributeAsync("data-round", Survey);
            await Assertions.Expect(page.Locator("#whatif-result-round")).ToContainTextAsync(Survey);
            var lost = await page.Locator("#whatif-lost-supporters > li[data-supporter]").EvaluateAllAsync<string[]>(
                "items => items.map(li => `${li.dataset.supporter} ${(li.textContent.match(/helps (\\d+) office/) ?? [])[1]}`)");
            lost.ShouldBe(LostSupporters(survey));
        });
    }

    private static string[] Offers(JsonElement data) =>
        [.. data.GetProperty("office").Items("offers").Select(o => o.GetProperty("subject").Text("id"))];

    // The standings the page lists (the others are summed up in a line), in the page's group order and the API's within.
    private static string[] Standings(JsonElement data)
    {
        var rows = data.GetProperty("officeStandings").Items("offices").Select(o => (Standing: o.Text("standing"),
            Row: $"{o.GetProperty("office").Text("code")} {o.Text("standing")} {o.GetProperty("supporters").GetInt32()} {o.GetProperty("supported").GetInt32()}")).ToList();
        return [.. ListedStandings.SelectMany(kind => rows.Where(r => r.Standing == kind).Select(r => r.Row))];
    }

    private static string[] Matches(JsonElement data) =>
        [.. data.Items("subjects").Select(s => string.Join('|', s.Text("id"),
            string.Join(' ', s.Items("requesters").Select(o => o.Text("code")).Order(StringComparer.Ordinal)),
            string.Join(' ', s.Items("offerers").Select(o => o.Text("code")).Order(StringComparer.Ordinal)),
            s.Text("statusLabel").ToLowerInvariant().Replace('_', ' ')))];

    private static string[] Paths(JsonElement data)
    {
        var paths = data.GetProperty("paths");
        return paths.Items("paths").Any()
            ? [.. paths.Items("paths").Select(p => string.Join(" → ", p.Items("offices").Select(o => o.Text("name"))))]
            : [paths.Text("noPathReason")];
    }

    private static string[] LostSupporters(JsonElement data) =>
        [.. data.GetProperty("whatIf").Items("lostSupporters").Select(s => $"{s.Text("supporter")} {s.GetProperty("offices").GetArrayLength()}")];

    private static Task<string[]> ShownOffersAsync(IPage page) =>
        page.Locator("#office-offers li[data-subject]").EvaluateAllAsync<string[]>("items => items.map(li => li.dataset.subject)");

    private static Task<string[]> ShownPathsAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => { const none = document.querySelector('#path-none');
          return none ? [none.textContent] : [...document.querySelectorAll('#path-list > li > p > strong')].map(s => s.textContent); }
        """);
}
