using System.Text.Json;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>
/// The docs' picture of the initiatives board (docs/workbench-initiatives.png with COOPGRAPH_UPDATE_SCREENSHOTS=1): its
/// own server, where five initiatives on Lima's subjects are proposed and moved through the API, one per status.
/// </summary>
public sealed class BoardScreenshotTests(WorkbenchFixture fixture) : IClassFixture<WorkbenchFixture>
{
    private static readonly string[][] Moves =
    [
        [],
        ["AGREED"],
        ["AGREED", "IN_PROGRESS"],
        ["AGREED", "IN_PROGRESS", "COMPLETED"],
        ["DROPPED"],
    ];

    private static readonly string[] Statuses = ["PROPOSED", "AGREED", "IN_PROGRESS", "COMPLETED", "DROPPED"];

    [Fact]
    public async Task Board_OneInitiativePerStatus_ShowsEveryGroupWithoutSidewaysScrolling()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("{ rounds { id latest } subjects { id name requesters { code name } offerers { code name } } }");
        var round = data.Items("rounds").Single(r => r.GetProperty("latest").GetBoolean()).Text("id");
        var subjects = data.Items("subjects")
            .Where(s => s.Items("requesters").Any() && s.Items("offerers").Any(o => o.Text("code") != s.Items("requesters").First().Text("code")))
            .Take(Moves.Length).ToArray();
        for (var n = 0; n < subjects.Length; n++)
        {
            await ProposeAndMoveAsync(subjects[n], round, n);
        }

        await using var session = await WorkbenchSession.OpenAsync(fixture, 1280, 800);
        await session.RunAsync(nameof(Board_OneInitiativePerStatus_ShowsEveryGroupWithoutSidewaysScrolling), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-initiatives");
            await page.WaitForSelectorAsync("#board[data-ready=true]");
            foreach (var status in Statuses)
            {
                await Assertions.Expect(page.Locator($"#board-{status} article")).ToHaveCountAsync(1);
            }

            (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth")).ShouldBeLessThanOrEqualTo(0, "the page scrolls sideways");
            await page.EvaluateAsync("() => document.getElementById('board').scrollIntoView()");
            await ScreenshotTests.SaveAsync(page, "initiatives");
        });
    }

    /// <summary>
    /// Proposes "offerer helps requester with subject" as recorded at the Lima meeting (6 October 2022) and moves it a
    /// month apart per step, so the open ones are stalled today.
    /// </summary>
    private async Task ProposeAndMoveAsync(JsonElement subject, string round, int n)
    {
        var requester = subject.Items("requesters").First();
        var offerer = subject.Items("offerers").First(o => o.Text("code") != requester.Text("code"));
        var id = $"{offerer.Text("code")}-{subject.Text("id")}".ToLowerInvariant();
        await fixture.Server.QueryAsync(
            "mutation P($input: ProposeInitiativeInput!) { proposeInitiative(input: $input) { version } }",
            new
            {
                input = new
                {
                    id,
                    title = $"{offerer.Text("name")} helps {requester.Text("name")}: {subject.Text("name")}",
                    subject = subject.Text("id"),
                    round,
                    requestOffices = new[] { requester.Text("code") },
                    offerOffices = new[] { offerer.Text("code") },
                    note = "Lima meeting, table of possible initiatives",
                    at = "2022-10-06T00:00:00Z",
                },
            },
            withKey: true);
        var at = new DateTimeOffset(2022, 10, 6, 0, 0, 0, TimeSpan.Zero);
        foreach (var status in Moves[n])
        {
            at = at.AddMonths(1);
            await fixture.Server.QueryAsync(
                "mutation A($id: ID!, $status: InitiativeStatus!, $at: DateTimeOffset) { advanceInitiative(id: $id, status: $status, at: $at, note: \"recorded for the screenshot\") { version } }",
                new { id, status, at },
                withKey: true);
        }
    }
}
