using System.Text.Json;
using CoopGraph.Tests.Shared;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>
/// axe-core (pinned in tests/node, injected from disk: no network) on every tab of the workbench: no critical or serious
/// violation, and headings that do not skip a level.
/// </summary>
[Collection(WorkbenchGroup.Name)]
public sealed class AccessibilityTests(WorkbenchFixture fixture)
{
    private static readonly string AxePath = RepoPaths.Of("tests", "node", "node_modules", "axe-core", "axe.min.js");

    [Theory]
    [InlineData("map", 1280, 800)]
    [InlineData("matches", 1280, 800)]
    [InlineData("needs", 1280, 800)]
    [InlineData("meeting", 1280, 800)]
    [InlineData("console", 1280, 800)]
    [InlineData("changes", 1280, 800)]
    [InlineData("matrix", 1280, 800)]
    [InlineData("bipartite", 1280, 800)]
    [InlineData("initiatives", 1280, 800)]
    [InlineData("followup", 1280, 800)]
    [InlineData("map", 390, 844)]
    [InlineData("matches", 390, 844)]
    [InlineData("initiatives", 390, 844)]
    [InlineData("followup", 390, 844)]
    public async Task Axe_EveryTab_HasNoCriticalOrSeriousViolation(string tab, int width, int height)
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture, width, height);

        await session.RunAsync($"{nameof(Axe_EveryTab_HasNoCriticalOrSeriousViolation)}-{tab}-{width}", async () =>
        {
            var page = session.Page;
            await page.ClickAsync($"#tab-{(tab is "matrix" or "bipartite" ? "map" : tab)}");
            if (tab is "matrix" or "bipartite")
            {
                // The map tab's other views, with what a click on them opens in the side panel.
                await page.SelectOptionAsync("#view", tab.ToUpperInvariant());
                await session.WaitForMapAsync();
                if (tab == "matrix")
                {
                    await page.ClickAsync("#matrix button.cell");
                    await page.WaitForSelectorAsync("#edge-subjects");
                }
                else
                {
                    var subject = await page.EvaluateAsync<string>("() => window.workbench.cy.nodes('.subject')[0].id()");
                    await session.ClickNodeAsync(subject);
                    await page.WaitForSelectorAsync("#subject-offerers");
                }
            }
            else if (tab == "map")
            {
                // An office's details and a path's result are part of what a planner reads on this tab.
                await session.ClickNodeAsync("BRA");
                await page.WaitForSelectorAsync("#office-offers");
                await page.ClickAsync("#path-form button[type=submit]");
                await page.WaitForSelectorAsync("#path-result > *");
            }
            else if (tab is "matches" or "needs")
            {
                await page.WaitForSelectorAsync($"#{tab} > *");
            }
            else if (tab is "initiatives" or "followup")
            {
                // The board (here without initiatives: the read-only server has none; InitiativesBoardTests checks it with
                // cards) and the follow-up list, once read from the API.
                await page.WaitForSelectorAsync($"#{(tab == "initiatives" ? "board" : "followup")}[data-ready=true]");
            }

            await AssertNoGraveViolationsAsync(page, tab);
        });
    }

    /// <summary>
    /// Runs axe on the page as it is and fails on any critical or serious violation or a heading-order problem (for the
    /// tests that bring a tab into a state the read-only server cannot show, e.g. the initiatives board with cards).
    /// </summary>
    internal static async Task AssertNoGraveViolationsAsync(IPage page, string tab)
    {
        // The build installs tests/node (tests/node/NodeTools.proj); without it this is a failure that says what to run.
        File.Exists(AxePath).ShouldBeTrue($"axe-core is missing at {AxePath}: run 'npm ci' in tests/node");
        var axe = await File.ReadAllTextAsync(AxePath, TestContext.Current.CancellationToken);
        // Evaluated through the debugging protocol, so the page's CSP (no inline script) does not apply to axe itself.
        await page.EvaluateAsync(axe);
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => { const r = await axe.run(document, { resultTypes: ['violations'] });
              return r.violations.map(v => ({ id: v.id, impact: v.impact,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary) })); }
            """);
        var violations = result.EnumerateArray().Select(v => (Id: v.Text("id"), Impact: v.Text("impact"),
            Nodes: string.Join("\n    ", v.GetProperty("nodes").Strings()))).ToList();
        foreach (var v in violations)
        {
            TestContext.Current.SendDiagnosticMessage($"{tab}: {v.Id} ({v.Impact})\n    {v.Nodes}");
        }

        var grave = violations.Where(v => v.Impact is "critical" or "serious" || v.Id == "heading-order").ToList();
        grave.ShouldBeEmpty(string.Join("\n", grave.Select(v => $"{v.Id} ({v.Impact}):\n    {v.Nodes}")));
    }
}
