using System.Text.Json;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>The planner views: the what-if removal and the unmet and fragile needs, checked against the API.</summary>
[Collection(WorkbenchGroup.Name)]
public sealed class PlannerTests(WorkbenchFixture fixture)
{
    [Fact]
    public async Task WhatIf_RemoveBrazil_ListsTheApisStatusAndSupporterChanges()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("""
            { whatIf(removeOffices: ["BRA"]) { statusChanges { subject before after } supporterChanges { office lost gained } }
              subjects { id name } offices(first: 500) { nodes { code name } } }
            """);
        var whatIf = data.GetProperty("whatIf");
        var statusChanges = whatIf.Items("statusChanges").ToList();
        var supporterChanges = whatIf.Items("supporterChanges").ToList();
        (statusChanges.Count + supporterChanges.Count).ShouldBeGreaterThan(0, "removing Brazil changes nothing, so the test has nothing to check");
        var subjects = data.Items("subjects").ToDictionary(s => s.Text("id"), s => s.Text("name"));
        var offices = data.GetProperty("offices").Items("nodes").ToDictionary(o => o.Text("code"), o => o.Text("name"));
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(WhatIf_RemoveBrazil_ListsTheApisStatusAndSupporterChanges), async () =>
        {
            var page = session.Page;
            await page.Locator("#whatif-offices input[value=BRA]").CheckAsync();
            await page.ClickAsync("#whatif-form button[type=submit]");
            await Assertions.Expect(page.Locator("#whatif-result")).ToContainTextAsync(offices["BRA"]);

            var shownSubjects = await ItemsAsync(page, "#whatif-changed-subjects > li", "subject");
            shownSubjects.Keys.ShouldBe(statusChanges.Select(c => c.Text("subject")), ignoreOrder: true);
            foreach (var change in statusChanges)
            {
                var text = shownSubjects[change.Text("subject")];
                text.ShouldStartWith($"{subjects[change.Text("subject")]}: ");
                text.ShouldContain($"{Words(change.Text("before"))} → {Words(change.Text("after"))}");
            }

            // Supporter changes are grouped by supporter: each lost (gained) supporter once, with every office it no longer (now) helps.
            foreach (var (side, list, verb) in new[] { ("lost", "#whatif-lost-supporters", "no longer helps"), ("gained", "#whatif-gained-supporters", "now helps") })
            {
                var groups = supporterChanges.SelectMany(c => c.GetProperty(side).Strings().Select(s => (Supporter: s, Office: c.Text("office"))))
                    .GroupBy(x => x.Supporter).ToDictionary(g => g.Key, g => g.Select(x => x.Office).ToList());
                var shown = await ItemsAsync(page, $"{list} > li", "supporter");
                shown.Keys.ShouldBe(groups.Keys, ignoreOrder: true, side);
                foreach (var (supporter, helped) in groups)
                {
                    var text = shown[supporter];
                    text.ShouldStartWith($"{offices[supporter]} {verb} {helped.Count} office");
                    foreach (var office in helped)
                    {
                        text.ShouldContain(offices[office]);
                    }
                }
            }

            var duplicated = await page.EvaluateAsync<string[]>(
                "() => Object.entries(Object.groupBy([...document.querySelectorAll('[id]')], e => e.id)).filter(([, es]) => es.length > 1).map(([id]) => id)");
            duplicated.ShouldBeEmpty("ids on the page after the what-if result");

            var highlighted = await page.EvaluateAsync<string[]>("() => window.workbench.cy.nodes('.whatif').map(n => n.id())");
            highlighted.ShouldBe(supporterChanges.Select(c => c.Text("office")), ignoreOrder: true, "the changed offices are marked as what-if on the map");
        });
    }

    [Fact]
    public async Task NeedsTab_Opened_ListsTheUnmetAndFragileNeedsOfTheApi()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        const string query = """
            query($fragile: Boolean) { unmetNeeds(includeFragile: $fragile) { subject { id } status label requesters { name } offerers { name } } }
            """;
        var withFragile = (await fixture.Server.QueryAsync(query, new { fragile = true })).Items("unmetNeeds").ToList();
        var unmetOnly = (await fixture.Server.QueryAsync(query, new { fragile = false })).Items("unmetNeeds").ToList();
        withFragile.Select(n => n.Text("status")).Distinct().Count().ShouldBe(2, "the dataset has both unmet and fragile needs to show");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(NeedsTab_Opened_ListsTheUnmetAndFragileNeedsOfTheApi), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-needs");
            await Assertions.Expect(page.Locator("table.needs:not(.set-apart) tbody tr")).ToHaveCountAsync(withFragile.Count);
            await ShouldShowAsync(page, withFragile);

            await page.Locator("#needs-fragile").UncheckAsync();
            await Assertions.Expect(page.Locator("table.needs:not(.set-apart) tbody tr")).ToHaveCountAsync(unmetOnly.Count);
            await ShouldShowAsync(page, unmetOnly);
        });
    }

    private static async Task ShouldShowAsync(IPage page, List<JsonElement> needs)
    {
        var rows = (await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('table.needs:not(.set-apart) tbody tr')].map(tr => [tr.dataset.subject, ...[...tr.cells].slice(1).map(c => c.textContent)])
            """)).EnumerateArray().Select(r => r.Strings()).ToDictionary(r => r[0]);
        rows.Keys.ShouldBe(needs.Select(n => n.GetProperty("subject").Text("id")), ignoreOrder: true);
        foreach (var need in needs)
        {
            var row = rows[need.GetProperty("subject").Text("id")];
            row[1].ShouldBe(Words(need.Text("label")), $"status of {row[0]}");
            row[3].Split(", ").ShouldBe(need.Items("requesters").Select(o => o.Text("name")), ignoreOrder: true, $"requesters of {row[0]}");
            var offerers = need.Items("offerers").Select(o => o.Text("name")).ToList();
            (row[4] == "none" ? [] : row[4].Split(", ")).ShouldBe(offerers, ignoreOrder: true, $"offerers of {row[0]}");
        }
    }

    private static async Task<Dictionary<string, string>> ItemsAsync(IPage page, string selector, string key) =>
        (await page.EvaluateAsync<string[][]>(
            $"() => [...document.querySelectorAll('{selector}')].map(li => [li.dataset.{key}, li.textContent])"))
        .ToDictionary(i => i[0], i => i[1]);

    /// <summary>How the page writes a status or status label for people: lower case, words.</summary>
    private static string Words(string status) => status.ToLowerInvariant().Replace('_', ' ');
}
