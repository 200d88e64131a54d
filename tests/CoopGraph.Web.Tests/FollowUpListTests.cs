using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>
/// The Follow-up tab (GraphQL followUp as a printable list) and the initiatives board on paper and on a phone. Its own
/// server: two initiatives are proposed through the API first, one dated long ago (stalled), one today.
/// </summary>
public sealed class FollowUpListTests(WorkbenchFixture fixture) : IClassFixture<WorkbenchFixture>, IAsyncLifetime
{
    private const string FollowUp = """
        query F($days: Int) { followUp(stalledDays: $days) { now stalledDays
          needsWithoutInitiative { office { code } subject { id } offerers { code } }
          stalled { initiative { id } daysSince }
          byOffice { key needsWithoutInitiative stalled open } } }
        """;

    private static readonly string[] HiddenWhenTheListPrints = ["#panel-matches", "#panel-map", "#followup-form", ".top"];
    private static readonly string[] HiddenWhenTheBoardPrints = ["#panel-matches", "#propose", "#board form.advance >> nth=0", ".top"];

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        if (!WorkbenchFixture.HasChromium)
        {
            return;
        }

        var data = await fixture.Server.QueryAsync("{ initiatives { id } rounds { id latest } subjects { id requesters { code } offerers { code } } }");
        if (data.Items("initiatives").Any())
        {
            return; // proposed for an earlier test of this class
        }

        var round = data.Items("rounds").Single(r => r.GetProperty("latest").GetBoolean()).Text("id");
        var subjects = data.Items("subjects")
            .Select(s => (Id: s.Text("id"), Requesters: s.GetProperty("requesters").Codes(), Offerers: s.GetProperty("offerers").Codes()))
            .Where(s => s.Requesters.Length > 0 && s.Offerers.Any(o => o != s.Requesters[0])).Take(2).ToArray();
        foreach (var (s, n) in subjects.Select((s, n) => (s, n)))
        {
            await fixture.Server.QueryAsync(
                "mutation P($input: ProposeInitiativeInput!) { proposeInitiative(input: $input) { version } }",
                new
                {
                    input = new
                    {
                        id = $"follow-up-{n}",
                        title = $"Follow-up test {n}",
                        subject = s.Id,
                        round,
                        requestOffices = new[] { s.Requesters[0] },
                        offerOffices = new[] { s.Offerers.First(o => o != s.Requesters[0]) },
                        at = n == 0 ? "2022-10-06T00:00:00Z" : null,
                    },
                },
                withKey: true);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task FollowUpList_DefaultAndZeroDays_EqualsWhatTheApiReturns()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var atDefault = (await fixture.Server.QueryAsync(FollowUp)).GetProperty("followUp");
        var atZero = (await fixture.Server.QueryAsync(FollowUp, new { days = 0 })).GetProperty("followUp");
        atDefault.Items("stalled").Count().ShouldBe(1, "the initiative dated 2022 is stalled at the default threshold");
        atZero.Items("stalled").Count().ShouldBe(2, "at 0 days every open initiative is stalled");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(FollowUpList_DefaultAndZeroDays_EqualsWhatTheApiReturns), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-followup");
            await page.WaitForSelectorAsync("#followup[data-ready=true]");
            await ExpectListAsync(page, atDefault);
            (await page.InputValueAsync("#followup-stalled-days")).ShouldBe(atDefault.GetProperty("stalledDays").GetInt32().ToString(CultureInfo.InvariantCulture));

            await page.FillAsync("#followup-stalled-days", "0");
            await page.ClickAsync("#followup-form button[type=submit]");
            await Assertions.Expect(page.Locator("#followup-header")).ToContainTextAsync("no step for 0 days");
            await page.WaitForSelectorAsync("#followup[data-ready=true]");
            await ExpectListAsync(page, atZero);
        });
    }

    [Fact]
    public async Task FollowUpPrint_A4_PrintsOnlyTheListUnderAHeaderNamingRoundThresholdAndDate()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("{ rounds { id latest } followUp { now stalledDays } }");
        var round = data.Items("rounds").Single(r => r.GetProperty("latest").GetBoolean()).Text("id");
        var followUp = data.GetProperty("followUp");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(FollowUpPrint_A4_PrintsOnlyTheListUnderAHeaderNamingRoundThresholdAndDate), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-followup");
            await page.WaitForSelectorAsync("#followup[data-ready=true]");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

            var header = page.Locator("#followup-header");
            await Assertions.Expect(header).ToBeVisibleAsync();
            await Assertions.Expect(header).ToContainTextAsync(round);
            await Assertions.Expect(header).ToContainTextAsync($"no step for {followUp.GetProperty("stalledDays").GetInt32()} days or more");
            await Assertions.Expect(header).ToContainTextAsync($"as of {followUp.Text("now")[..10]}");
            await Assertions.Expect(page.Locator("#followup table.needs").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#followup table.stalled")).ToBeVisibleAsync();
            foreach (var hidden in HiddenWhenTheListPrints)
            {
                await Assertions.Expect(page.Locator(hidden)).ToBeHiddenAsync();
            }

            // The board on paper: every status group with its heading, the cards without their forms.
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
            await page.ClickAsync("#tab-initiatives");
            await page.WaitForSelectorAsync("#board[data-ready=true]");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await Assertions.Expect(page.Locator("#board .board-group h3")).ToHaveCountAsync(5);
            await Assertions.Expect(page.Locator("#board-PROPOSED article")).ToHaveCountAsync(2);
            await Assertions.Expect(page.Locator("#board-PROPOSED article").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#board .stalled-mark")).ToBeVisibleAsync();
            foreach (var hidden in HiddenWhenTheBoardPrints)
            {
                await Assertions.Expect(page.Locator(hidden)).ToBeHiddenAsync();
            }
        });
    }

    [Fact]
    public async Task Board_AtPhoneWidth_StacksTheLabelledGroupsWithoutSidewaysScrolling()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture, 390, 844);

        await session.RunAsync(nameof(Board_AtPhoneWidth_StacksTheLabelledGroupsWithoutSidewaysScrolling), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-initiatives");
            await page.WaitForSelectorAsync("#board[data-ready=true]");
            var lefts = await page.Locator("#board .board-group").EvaluateAllAsync<double[]>("gs => gs.map(g => g.getBoundingClientRect().left)");
            lefts.Length.ShouldBe(5);
            lefts.Distinct().Count().ShouldBe(1, "one group under the other on a phone");
            (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0, "the page scrolls sideways");
            await page.ClickAsync("#tab-followup");
            await page.WaitForSelectorAsync("#followup[data-ready=true]");
            (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0, "the follow-up list scrolls sideways");
            // The header row is hidden on a phone: each cell names its column.
            (await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#followup table.needs tbody td'), '::before').content"))
                .ShouldBe("\"Office: \"");
        });
    }

    /// <summary>The page's needs, stalled and per-office rows equal the API's answer (the needs grouped by area on the page).</summary>
    private static async Task ExpectListAsync(IPage page, JsonElement followUp)
    {
        var needs = followUp.Items("needsWithoutInitiative")
            .Select(n => $"{n.GetProperty("office").Text("code")} {n.GetProperty("subject").Text("id")} {string.Join(' ', n.GetProperty("offerers").Codes())}")
            .Order(StringComparer.Ordinal).ToArray();
        needs.ShouldNotBeEmpty();
        var shownNeeds = await page.Locator("#followup table.needs tbody tr").EvaluateAllAsync<string[]>(
            "rows => rows.map(r => `${r.dataset.office} ${r.dataset.subject} ${r.dataset.offerers}`)");
        shownNeeds.Order(StringComparer.Ordinal).ShouldBe(needs);

        var stalled = followUp.Items("stalled").Select(s => $"{s.GetProperty("initiative").Text("id")} {s.GetProperty("daysSince").GetInt32()}").Order(StringComparer.Ordinal).ToArray();
        var shownStalled = await page.Locator("#followup table.stalled tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => `${r.dataset.id} ${r.dataset.days}`)");
        shownStalled.Order(StringComparer.Ordinal).ShouldBe(stalled);

        var offices = followUp.Items("byOffice")
            .Select(g => $"{g.Text("key")} {g.GetProperty("needsWithoutInitiative").GetInt32()} {g.GetProperty("stalled").GetInt32()} {g.GetProperty("open").GetInt32()}").ToArray();
        var shownOffices = await page.Locator("#followup table.offices tbody tr").EvaluateAllAsync<string[]>(
            "rows => rows.map(r => [r.dataset.office, ...[...r.querySelectorAll('td.num')].map(c => c.textContent)].join(' '))");
        shownOffices.ShouldBe(offices);
    }
}
