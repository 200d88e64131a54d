using System.Text.Json;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>
/// The map a planner can read: focus on an office, a minimum weight, a legend that says what size means, the same picture
/// for the same data, the matrix view and the bipartite view's subjects, each checked against the API's own answers.
/// </summary>
[Collection(WorkbenchGroup.Name)]
public sealed class MapReadingTests(WorkbenchFixture fixture)
{
    private static readonly string[] OtherViews = ["COLLABORATION", "BIPARTITE", "MATRIX"];

    private const string OfficePositions =
        "() => Object.fromEntries(window.workbench.cy.nodes('.office').map(n => [n.id(), [Math.round(n.position('x') * 10) / 10, Math.round(n.position('y') * 10) / 10]]))";

    [Fact]
    public async Task SelectOffice_Brazil_HighlightsItsSupportersAndTheOfficesItHelpsAndFadesTheRest()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync(
            "{ office(code: \"BRA\") { supporters { from { code } } supported { to { code } } } offices(first: 500) { nodes { code } } }");
        var supporters = data.GetProperty("office").Items("supporters").Select(s => s.GetProperty("from").Text("code")).ToHashSet();
        var helped = data.GetProperty("office").Items("supported").Select(s => s.GetProperty("to").Text("code")).ToHashSet();
        var others = data.GetProperty("offices").Items("nodes").Select(o => o.Text("code"))
            .Where(c => c != "BRA" && !supporters.Contains(c) && !helped.Contains(c)).ToList();
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(SelectOffice_Brazil_HighlightsItsSupportersAndTheOfficesItHelpsAndFadesTheRest), async () =>
        {
            var page = session.Page;
            await session.ClickNodeAsync("BRA");
            await page.WaitForSelectorAsync("#office-offers");

            (await NodesWithClassAsync(page, "focus")).ShouldBe(["BRA"]);
            (await NodesWithClassAsync(page, "focus-supporter")).ShouldBe(supporters, ignoreOrder: true);
            (await NodesWithClassAsync(page, "focus-helped")).ShouldBe(helped, ignoreOrder: true);
            (await NodesWithClassAsync(page, "faded")).ShouldBe(others, ignoreOrder: true);
            var edges = await page.EvaluateAsync<string[]>(
                "() => window.workbench.cy.edges().not('.faded').map(e => e.source().id() + '>' + e.target().id())");
            edges.ShouldBe([.. supporters.Select(s => $"{s}>BRA"), .. helped.Select(t => $"BRA>{t}")], ignoreOrder: true);
            await Assertions.Expect(page.Locator("#map-focus")).ToContainTextAsync("Brazil");

            // Clicking the background brings the whole network back.
            var map = await page.Locator("#cy").BoundingBoxAsync();
            var empty = await page.EvaluateAsync<float[]>("""
                () => { const cy = window.workbench.cy, w = cy.width(), h = cy.height();
                  for (let y = 10; y < h; y += 10) for (let x = 10; x < w; x += 10) {
                    const hit = cy.elements().some(e => { const b = e.renderedBoundingBox(); return x > b.x1 - 6 && x < b.x2 + 6 && y > b.y1 - 6 && y < b.y2 + 6; });
                    if (!hit) return [x, y]; }
                  return [1, 1]; }
                """);
            await page.Mouse.ClickAsync(map!.X + empty[0], map.Y + empty[1]);
            await page.WaitForFunctionAsync("() => window.workbench.cy.elements('.faded').length === 0");
        });
    }

    [Fact]
    public async Task MinimumWeight_Raised_HidesTheLighterEdgesAndMovesNoOffice()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("{ network(view: SUPPORT) { edges { source target weight } } }");
        var edges = data.GetProperty("network").Items("edges").Select(e => (Key: $"{e.Text("source")}>{e.Text("target")}", Weight: e.GetProperty("weight").GetDouble())).ToList();
        var threshold = edges.Select(e => e.Weight).Distinct().Order().Skip(1).First();
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(MinimumWeight_Raised_HidesTheLighterEdgesAndMovesNoOffice), async () =>
        {
            var page = session.Page;
            var before = await page.EvaluateAsync<JsonElement>(OfficePositions);
            await page.Locator("#min-weight").FillAsync(threshold.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.Locator("#min-weight").DispatchEventAsync("input");

            var shown = await page.EvaluateAsync<string[]>("() => window.workbench.cy.edges(':visible').map(e => e.source().id() + '>' + e.target().id())");
            shown.ShouldBe(edges.Where(e => e.Weight >= threshold).Select(e => e.Key), ignoreOrder: true);
            shown.Length.ShouldBeLessThan(edges.Count);
            (await page.EvaluateAsync<JsonElement>(OfficePositions)).GetRawText().ShouldBe(before.GetRawText());
            await Assertions.Expect(page.Locator("#min-weight-value")).ToContainTextAsync($"{shown.Length} of {edges.Count}");
        });
    }

    [Fact]
    public async Task Legend_SizeByChanged_SaysWhatSizeAndColourMean()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(Legend_SizeByChanged_SaysWhatSizeAndColourMean), async () =>
        {
            var page = session.Page;
            await page.SelectOptionAsync("#size-by", "PAGE_RANK");
            await Assertions.Expect(page.Locator("#size-legend")).ToContainTextAsync("size: PageRank");
            await page.SelectOptionAsync("#size-by", "OUT_DEGREE");
            await Assertions.Expect(page.Locator("#size-legend")).ToContainTextAsync("size: how many offices it can help");
            await Assertions.Expect(page.Locator("#status-legend")).ToContainTextAsync("Colour");
        });
    }

    [Fact]
    public async Task Layout_ReloadedAndViewsSwitched_PutsEveryOfficeInTheSamePlace()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(Layout_ReloadedAndViewsSwitched_PutsEveryOfficeInTheSamePlace), async () =>
        {
            var page = session.Page;
            var first = (await page.EvaluateAsync<JsonElement>(OfficePositions)).GetRawText();
            await session.GotoAsync();
            (await page.EvaluateAsync<JsonElement>(OfficePositions)).GetRawText().ShouldBe(first, "a reload draws the same picture");

            foreach (var view in OtherViews)
            {
                await page.SelectOptionAsync("#view", view);
                await session.WaitForMapAsync();
                await page.SelectOptionAsync("#view", "SUPPORT");
                await session.WaitForMapAsync();
                (await page.EvaluateAsync<JsonElement>(OfficePositions)).GetRawText().ShouldBe(first, $"back from {view}");
            }
        });
    }

    [Fact]
    public async Task MatrixView_Chosen_CountsTheSubjectsOfEverySupportEdgeAndClickShowsTheirProvenance()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync(
            "{ network(view: SUPPORT) { edges { source target subjects } } offices(first: 500) { nodes { code name } } }");
        var edges = data.GetProperty("network").Items("edges")
            .ToDictionary(e => $"{e.Text("source")}>{e.Text("target")}", e => e.GetProperty("subjects").Strings());
        var offices = data.GetProperty("offices").Items("nodes").ToDictionary(o => o.Text("code"), o => o.Text("name"));
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(MatrixView_Chosen_CountsTheSubjectsOfEverySupportEdgeAndClickShowsTheirProvenance), async () =>
        {
            var page = session.Page;
            await page.SelectOptionAsync("#view", "MATRIX");
            await session.WaitForMapAsync();
            await Assertions.Expect(page.Locator("#matrix table")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#cy")).ToBeHiddenAsync();

            var rows = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#matrix tbody tr')].map(r => r.dataset.office)");
            rows.ShouldBe(offices.Keys, ignoreOrder: true);
            var cells = (await page.EvaluateAsync<JsonElement>(
                "() => [...document.querySelectorAll('#matrix button.cell')].map(b => [b.dataset.source + '>' + b.dataset.target, b.textContent])"))
                .EnumerateArray().Select(c => c.Strings()).ToDictionary(c => c[0], c => c[1]);
            cells.Keys.ShouldBe(edges.Keys, ignoreOrder: true);
            foreach (var (key, subjects) in edges)
            {
                cells[key].ShouldBe(subjects.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), key);
            }

            var heaviest = edges.MaxBy(e => e.Value.Length);
            var (source, target) = (heaviest.Key.Split('>')[0], heaviest.Key.Split('>')[1]);
            await page.ClickAsync($"#matrix button.cell[data-source='{source}'][data-target='{target}']");
            await Assertions.Expect(page.Locator("#details-title")).ToHaveTextAsync($"{offices[source]} → {offices[target]}");
            var listed = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#edge-subjects > li')].map(li => li.dataset.subject)");
            listed.ShouldBe(heaviest.Value, ignoreOrder: true);
            (await page.TextContentAsync("#edge-subjects"))!.ShouldContain("offer ");
        });
    }

    [Theory]
    [InlineData("role")]
    [InlineData("area")]
    public async Task MatrixView_OrderChosen_GroupsTheRowsAndColumnsInThatOrder(string order)
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync(
            "{ roles { offices { office role } } areas { id } requests: offices(first: 500) { nodes { code requests { subject { area { id } } } offers { subject { area { id } } } } } }");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync($"{nameof(MatrixView_OrderChosen_GroupsTheRowsAndColumnsInThatOrder)}-{order}", async () =>
        {
            var page = session.Page;
            await page.SelectOptionAsync("#view", "MATRIX");
            await session.WaitForMapAsync();
            await page.SelectOptionAsync("#matrix-order", order);
            await session.WaitForMapAsync();

            var rows = await page.EvaluateAsync<string[][]>(
                "() => [...document.querySelectorAll('#matrix tbody tr')].map(r => [r.dataset.office, r.dataset.group])");
            var columns = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#matrix thead th[data-office]')].map(c => c.dataset.office)");
            columns.ShouldBe(rows.Select(r => r[0]), "columns follow the rows' order");
            string[] groupOrder;
            Dictionary<string, string> expected;
            if (order == "role")
            {
                groupOrder = ["PROVIDER_HUB", "BROKER", "DUAL", "REQUESTER", "ISOLATED"];
                expected = data.GetProperty("roles").Items("offices").ToDictionary(o => o.Text("office"), o => o.Text("role"));
            }
            else
            {
                groupOrder = [.. data.Items("areas").Select(a => a.Text("id")), ""];
                expected = data.GetProperty("requests").Items("nodes").ToDictionary(o => o.Text("code"), o => MainArea(o, groupOrder));
            }

            rows.Select(r => r[1]).ShouldBe(rows.Select(r => expected[r[0]]), "each office in its group");
            var ranks = rows.Select(r => Array.IndexOf(groupOrder, r[1])).ToList();
            ranks.ShouldBe(ranks.Order().ToList(), "groups in order");
        });
    }

    [Fact]
    public async Task BipartiteView_ClickSubject_OpensItsRequestersOfferersStatusAndWording()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync(
            "{ subjects { id name status requesters { code } offerers { code } offers { office { code } wording } } }");
        var subject = data.Items("subjects").Where(s => s.Items("offers").Any(o => o.TryGetProperty("wording", out var w) && w.ValueKind == JsonValueKind.String))
            .MaxBy(s => s.GetProperty("offerers").GetArrayLength() + s.GetProperty("requesters").GetArrayLength());
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(BipartiteView_ClickSubject_OpensItsRequestersOfferersStatusAndWording), async () =>
        {
            var page = session.Page;
            await page.SelectOptionAsync("#view", "BIPARTITE");
            await session.WaitForMapAsync();
            // Subject labels are wrapped in full, not cut to an ellipsis, and as large as office labels' smallest.
            var label = await page.EvaluateAsync<string[]>(
                "id => { const n = window.workbench.cy.getElementById(id); return [n.style('text-wrap'), n.style('font-size'), n.style('label')]; }", subject.Text("id"));
            label[0].ShouldBe("wrap");
            double.Parse(label[1].Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(10);
            label[2].ShouldBe(subject.Text("name"));

            await session.ClickNodeAsync(subject.Text("id"));
            await Assertions.Expect(page.Locator("#details-title")).ToHaveTextAsync(subject.Text("name"));
            (await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#subject-requesters [data-code]')].map(e => e.dataset.code)"))
                .ShouldBe(subject.Items("requesters").Select(o => o.Text("code")), ignoreOrder: true);
            (await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#subject-offerers [data-code]')].map(e => e.dataset.code)"))
                .ShouldBe(subject.Items("offerers").Select(o => o.Text("code")), ignoreOrder: true);
            await Assertions.Expect(page.Locator("#subject-status")).ToContainTextAsync(subject.Text("status").ToLowerInvariant().Replace('_', ' '));
            foreach (var offer in subject.Items("offers").Where(o => o.GetProperty("wording").ValueKind == JsonValueKind.String))
            {
                await Assertions.Expect(page.Locator($"#subject-offerers [data-code='{offer.GetProperty("office").Text("code")}']"))
                    .ToContainTextAsync(offer.Text("wording"));
            }
        });
    }

    /// <summary>The area an office names most among its requests and offers (ties: the earlier area); "" with none.</summary>
    private static string MainArea(JsonElement office, string[] areaOrder)
    {
        var counts = office.Items("requests").Concat(office.Items("offers"))
            .GroupBy(e => e.GetProperty("subject").GetProperty("area").Text("id")).ToDictionary(g => g.Key, g => g.Count());
        return counts.Count == 0 ? "" : counts.OrderByDescending(c => c.Value).ThenBy(c => Array.IndexOf(areaOrder, c.Key)).First().Key;
    }

    private static Task<string[]> NodesWithClassAsync(IPage page, string className) =>
        page.EvaluateAsync<string[]>($"() => window.workbench.cy.nodes('.{className}').map(n => n.id())");
}
