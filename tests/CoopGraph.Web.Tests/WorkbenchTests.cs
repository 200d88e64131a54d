using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>The workbench in a real browser against the real server; every expectation is read from the API at test time.</summary>
[Collection(WorkbenchGroup.Name)]
public sealed class WorkbenchTests(WorkbenchFixture fixture)
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
                await session.WaitForMapAsync();
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
    public async Task Page_WithoutTestHooks_ExposesNoGlobal()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var context = await fixture.Browser.NewContextAsync();
        await using var _ = context;
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);

        await page.GotoAsync(fixture.Server.BaseAddress.ToString());
        await page.WaitForSelectorAsync("#cy[data-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await page.ClickAsync("#tab-changes");
        await page.WaitForSelectorAsync("#changes-result[data-compared]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

        (await page.EvaluateAsync<bool>("() => 'workbench' in window")).ShouldBeFalse();
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
}
