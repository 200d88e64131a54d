using System.Text.Json;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>
/// What the side panel asks the API for: one office's panel asks about that office only (not the needs report and the
/// ranking of every office), and an office → subject edge shows the server's statement of the row behind it.
/// </summary>
[Collection(WorkbenchGroup.Name)]
public sealed class PanelRequestTests(WorkbenchFixture fixture)
{
    [Fact]
    public async Task OfficePanel_Peru_AsksOnlyAboutPeruAndShowsTheReportsValues()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        // The expected values from the whole report and ranking, as the panel used to compute them.
        var data = await fixture.Server.QueryAsync("""
            { needsReport { offices { office { code } unmetRequests { name } fragileRequests { name } } }
              centrality(metric: OUT_DEGREE) { ranking { rank office { code } } } }
            """);
        var peru = data.GetProperty("needsReport").Items("offices").Single(o => o.GetProperty("office").Text("code") == "PER");
        var ranking = data.GetProperty("centrality").Items("ranking").ToList();
        var rank = ranking.Single(r => r.GetProperty("office").Text("code") == "PER").GetProperty("rank").GetInt32();
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(OfficePanel_Peru_AsksOnlyAboutPeruAndShowsTheReportsValues), async () =>
        {
            var page = session.Page;
            var sent = new List<string>();
            page.Request += (_, request) =>
            {
                if (request.Url.EndsWith("/graphql", StringComparison.Ordinal) && request.Method == "POST")
                {
                    lock (sent)
                    {
                        sent.Add(JsonDocument.Parse(request.PostData!).RootElement.Text("query"));
                    }
                }
            };

            var response = await page.RunAndWaitForResponseAsync(() => page.SelectOptionAsync("#office-pick", "PER"),
                r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && (r.Request.PostData ?? "").Contains("office(code:", StringComparison.Ordinal));
            var answer = await response.TextAsync();
            await Assertions.Expect(page.Locator("#details-title")).ToContainTextAsync("Peru");

            List<string> panel;
            lock (sent)
            {
                panel = sent.Where(s => s.Contains("office(code:", StringComparison.Ordinal)).ToList();
            }

            panel.Count.ShouldBe(1, string.Join("\n---\n", sent));
            var query = panel[0];
            query.ShouldNotContain("needsReport");
            query.ShouldNotContain("ranking");
            using var body = JsonDocument.Parse(answer);
            body.RootElement.GetProperty("data").EnumerateObject().Select(p => p.Name).ShouldBe(["office"]);

            await Assertions.Expect(page.Locator("#office-unmet")).ToHaveTextAsync(Names(peru, "unmetRequests"));
            await Assertions.Expect(page.Locator("#office-fragile")).ToHaveTextAsync(Names(peru, "fragileRequests"));
            await Assertions.Expect(page.Locator("#office-rank")).ToHaveTextAsync($"Rank {rank} of {ranking.Count} by out degree");
        });
    }

    [Fact]
    public async Task BipartiteEdge_Click_ShowsTheServersStatementOfTheRow()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(BipartiteEdge_Click_ShowsTheServersStatementOfTheRow), async () =>
        {
            var page = session.Page;
            await page.SelectOptionAsync("#view", "BIPARTITE");
            await session.WaitForMapAsync();
            var queries = new List<string>();
            page.Request += (_, request) =>
            {
                if (request.Url.EndsWith("/graphql", StringComparison.Ordinal) && request.Method == "POST")
                {
                    lock (queries)
                    {
                        queries.Add(JsonDocument.Parse(request.PostData!).RootElement.Text("query"));
                    }
                }
            };

            var (office, subject) = await session.ClickEdgeAsync();
            var kind = await page.EvaluateAsync<string>("() => window.workbench.cy.edges(':selected')[0].data('kind')");
            await page.WaitForSelectorAsync($"#edge-subjects > li[data-subject='{subject}']");

            var rows = kind == "OFFERS" ? "offers" : "requests";
            var data = await fixture.Server.QueryAsync(
                $$"""query($code: String!) { office(code: $code) { {{rows}} { subject { id } statement } } }""",
                new { code = office });
            var statement = data.GetProperty("office").Items(rows).Single(r => r.GetProperty("subject").Text("id") == subject).Text("statement");
            await Assertions.Expect(page.Locator($"#edge-subjects > li[data-subject='{subject}'] .justification")).ToHaveTextAsync($" {statement}.");
            lock (queries)
            {
                // The row's statement, not the whole office panel rebuilt into a sentence in the browser.
                queries.ShouldContain(q => q.Contains("statement", StringComparison.Ordinal));
                queries.ShouldNotContain(q => q.Contains("centrality", StringComparison.Ordinal));
            }
        });
    }

    private static string Names(JsonElement needs, string list)
    {
        var names = needs.Items(list).Select(s => s.Text("name")).ToList();
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
