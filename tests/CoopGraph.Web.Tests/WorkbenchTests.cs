using System.Text.Json;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>The workbench in a real browser against the real server; every expectation is read from the API at test time.</summary>
public sealed class WorkbenchTests(WorkbenchFixture fixture) : IClassFixture<WorkbenchFixture>
{
    private static readonly string[] Views = ["COLLABORATION", "BIPARTITE", "SUPPORT"];
    private static readonly string[] Tabs = ["#tab-matches", "#tab-needs", "#tab-console", "#tab-map"];

    [Fact]
    public async Task Map_OnLoad_ShowsAsManyOfficeNodesAsTheApiReports()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("{ offices(first: 500) { nodes { code } } }");
        var expected = data.GetProperty("offices").GetProperty("nodes").EnumerateArray().Select(o => o.GetProperty("code").GetString()).ToList();
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(Map_OnLoad_ShowsAsManyOfficeNodesAsTheApiReports), async () =>
        {
            (await session.Page.GetAttributeAsync("#cy", "data-ready")).ShouldBe("true", await session.Page.TextContentAsync("#errors"));
            var drawn = await session.Page.EvaluateAsync<string[]>("() => window.workbench.cy.nodes('.office').map(n => n.id())");
            drawn.Order().ShouldBe(expected.Order());
            (await session.Page.GetAttributeAsync("#cy", "data-offices")).ShouldBe(expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public async Task ClickOffice_Brazil_ShowsGreenPatentsAmongItsOffers()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("""{ office(code: "BRA") { offers { subject { id name } } } }""");
        var greenPatents = data.GetProperty("office").GetProperty("offers").EnumerateArray()
            .Select(o => o.GetProperty("subject")).Single(s => s.GetProperty("id").GetString() == "green-patents")
            .GetProperty("name").GetString()!;
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(ClickOffice_Brazil_ShowsGreenPatentsAmongItsOffers), async () =>
        {
            await session.ClickNodeAsync("BRA");
            var offers = session.Page.Locator("#office-offers");
            await Assertions.Expect(offers).ToContainTextAsync(greenPatents);
            await Assertions.Expect(session.Page.Locator("#details-title")).ToContainTextAsync("Brazil");
        });
    }

    [Fact]
    public async Task PathPicker_BrazilToHonduras_DrawsThePathAndListsItsSubjects()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync(
            """{ paths(from: "BRA", to: "HND", k: 3) { paths { hops { subjects { subject { name } } } } } }""");
        var subjects = data.GetProperty("paths").GetProperty("paths").EnumerateArray()
            .SelectMany(p => p.GetProperty("hops").EnumerateArray())
            .SelectMany(h => h.GetProperty("subjects").EnumerateArray())
            .Select(s => s.GetProperty("subject").GetProperty("name").GetString()!).Distinct().ToList();
        subjects.ShouldNotBeEmpty("the API finds no path from Brazil to Honduras, so the test has nothing to check");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(PathPicker_BrazilToHonduras_DrawsThePathAndListsItsSubjects), async () =>
        {
            var page = session.Page;
            await page.SelectOptionAsync("#path-from", "BRA");
            await page.SelectOptionAsync("#path-to", "HND");
            await page.FillAsync("#path-k", "3");
            await page.ClickAsync("#path-form button[type=submit]");
            var list = page.Locator("#path-list");
            foreach (var subject in subjects)
            {
                await Assertions.Expect(list).ToContainTextAsync(subject);
            }

            var onPath = await page.EvaluateAsync<string[]>("() => window.workbench.cy.nodes('.on-path').map(n => n.id())");
            onPath.ShouldContain("BRA");
            onPath.ShouldContain("HND");
            (await page.EvaluateAsync<int>("() => window.workbench.cy.edges('.on-path').length")).ShouldBeGreaterThan(0);
        });
    }

    [Fact]
    public async Task MatchesTable_EverySubject_HasARowWithTheApisOffices()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("{ subjects { id requesters { code } offerers { code } } }");
        var expected = data.GetProperty("subjects").EnumerateArray().ToDictionary(
            s => s.GetProperty("id").GetString()!,
            s => (Requesting: Codes(s.GetProperty("requesters")), Offering: Codes(s.GetProperty("offerers"))));
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(MatchesTable_EverySubject_HasARowWithTheApisOffices), async () =>
        {
            await session.Page.ClickAsync("#tab-matches");
            var rows = (await session.Page.EvaluateAsync<JsonElement>("""
                () => [...document.querySelectorAll('table.matches tbody tr')].map(tr => ({
                  subject: tr.dataset.subject,
                  requesting: [...tr.querySelectorAll('.requesting .office')].map(o => o.dataset.code),
                  offering: [...tr.querySelectorAll('.offering .office')].map(o => o.dataset.code) }))
                """)).EnumerateArray().Select(r => new MatchRow(
                    r.GetProperty("subject").GetString()!, StringsOf(r.GetProperty("requesting")), StringsOf(r.GetProperty("offering")))).ToList();
            rows.Select(r => r.Subject).Order().ShouldBe(expected.Keys.Order());
            foreach (var row in rows)
            {
                row.Requesting.ShouldBe(expected[row.Subject].Requesting, ignoreOrder: true, $"requesting offices of {row.Subject}");
                row.Offering.ShouldBe(expected[row.Subject].Offering, ignoreOrder: true, $"offering offices of {row.Subject}");
            }
        });
    }

    [Fact]
    public async Task Console_RunQuery_ShowsItsResult()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("{ dataset { version } }");
        var version = data.GetProperty("dataset").GetProperty("version").GetString()!;
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(Console_RunQuery_ShowsItsResult), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-console");
            await page.FillAsync("#console-query", "{ dataset { version } }");
            await page.FillAsync("#console-variables", "{}");
            await page.ClickAsync("#console-run");
            await Assertions.Expect(page.Locator("#console-status")).ToContainTextAsync("HTTP 200");
            var shown = JsonDocument.Parse(await page.TextContentAsync("#console-result") ?? "null");
            shown.RootElement.GetProperty("data").GetProperty("dataset").GetProperty("version").GetString().ShouldBe(version);
        });
    }

    [Fact]
    public async Task Console_MutationWithKey_IsReflectedOnThePageAfterReload()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("""{ office(code: "HND") { name offers { subject { id } } } subjects { id name } }""");
        var offered = data.GetProperty("office").GetProperty("offers").EnumerateArray()
            .Select(o => o.GetProperty("subject").GetProperty("id").GetString()).ToHashSet();
        var subject = data.GetProperty("subjects").EnumerateArray().First(s => !offered.Contains(s.GetProperty("id").GetString()));
        var (subjectId, subjectName) = (subject.GetProperty("id").GetString()!, subject.GetProperty("name").GetString()!);
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(Console_MutationWithKey_IsReflectedOnThePageAfterReload), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-console");
            await page.FillAsync("#console-query", """
                mutation Add($input: OfferInput!) { addOffer(input: $input) { version } }
                """);
            await page.FillAsync("#console-variables", JsonSerializer.Serialize(new
            {
                input = new { office = "HND", subject = subjectId, source = "web test", confidence = "HIGH" },
            }));
            await page.FillAsync("#console-key", fixture.Server.ApiKey);
            await page.ClickAsync("#console-run");
            await Assertions.Expect(page.Locator("#console-result")).ToContainTextAsync("\"version\"");
            (await page.TextContentAsync("#console-result") ?? "").ShouldNotContain("\"errors\"");

            await session.GotoAsync();
            await page.SelectOptionAsync("#office-pick", "HND");
            await Assertions.Expect(page.Locator("#office-offers")).ToContainTextAsync(subjectName);
        });
    }

    [Fact]
    public async Task Page_Exercised_RequestsNoHostButItsOwn()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(Page_Exercised_RequestsNoHostButItsOwn), async () =>
        {
            var page = session.Page;
            await session.ClickNodeAsync("BRA");
            await Assertions.Expect(page.Locator("#office-offers")).ToBeVisibleAsync();
            foreach (var view in Views)
            {
                await page.SelectOptionAsync("#view", view);
                await page.WaitForSelectorAsync("#cy[data-ready=true]");
            }

            foreach (var tab in Tabs)
            {
                await page.ClickAsync(tab);
            }

            var own = fixture.Server.BaseAddress.Authority;
            var foreign = session.RequestedUrls.Select(u => new Uri(u))
                .Where(u => u.Scheme is "http" or "https" or "ws" or "wss" && u.Authority != own).ToList();
            session.RequestedUrls.ShouldNotBeEmpty();
            foreign.ShouldBeEmpty();
        });
    }

    [Fact]
    public async Task Page_ApiUnreachable_ShowsAnErrorInsteadOfABlankMap()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var context = await fixture.Browser.NewContextAsync();
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/graphql", route => route.AbortAsync("connectionrefused"));

        await page.GotoAsync(fixture.Server.BaseAddress.ToString());

        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("unreachable");
        await Assertions.Expect(page.Locator("#map-status")).ToContainTextAsync("No network to draw");
    }

    [Fact]
    public async Task Page_StoreError_ShowsTheCodedErrorOnThePage()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var context = await fixture.Browser.NewContextAsync();
        await using var _ = context;
        var page = await context.NewPageAsync();
        const string Body = """
            {"errors":[{"message":"the store did not answer","extensions":{"code":"STORE_UNAVAILABLE"}}],"data":null}
            """;
        await page.RouteAsync("**/graphql", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "application/graphql-response+json",
            Body = Body,
        }));

        await page.GotoAsync(fixture.Server.BaseAddress.ToString());

        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("STORE_UNAVAILABLE");
        await Assertions.Expect(page.Locator("#errors")).ToContainTextAsync("the store did not answer");
    }

    [Fact]
    public async Task Keyboard_ArrowKeysAndOfficeList_SwitchTabsAndOpenAnOffice()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("""{ office(code: "PER") { name } }""");
        var peru = data.GetProperty("office").GetProperty("name").GetString()!;
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(Keyboard_ArrowKeysAndOfficeList_SwitchTabsAndOpenAnOffice), async () =>
        {
            var page = session.Page;
            await page.FocusAsync("#tab-map");
            await page.Keyboard.PressAsync("ArrowRight");
            await Assertions.Expect(page.Locator("#tab-matches")).ToBeFocusedAsync();
            await Assertions.Expect(page.Locator("#panel-matches")).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("ArrowLeft");
            await Assertions.Expect(page.Locator("#panel-map")).ToBeVisibleAsync();

            await page.FocusAsync("#office-pick");
            await page.SelectOptionAsync("#office-pick", "PER");
            await Assertions.Expect(page.Locator("#details-title")).ToContainTextAsync(peru);
        });
    }

    private static List<string> Codes(JsonElement offices) =>
        [.. offices.EnumerateArray().Select(o => o.GetProperty("code").GetString()!)];

    private static string[] StringsOf(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    private sealed record MatchRow(string Subject, string[] Requesting, string[] Offering);
}
