using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>
/// The workbench on a 390-px phone (results scroll into view, the map lets the page scroll, the matches table is a list)
/// and on paper (a filled header row on every page, no clipped border, the printout names its filters and sort order).
/// </summary>
[Collection(WorkbenchGroup.Name)]
public sealed class PhonePrintTests(WorkbenchFixture fixture)
{
    private const string InView = "id => { const r = document.getElementById(id).getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }";

    [Theory]
    [InlineData("path-form", "#path-form button[type=submit]", "path-result")]
    [InlineData("whatif-form", "#whatif-form button[type=submit]", "whatif-result")]
    [InlineData("isolated", "#isolated button", "cy")]
    public async Task Phone_ResultAsked_ScrollsTheResultIntoView(string form, string ask, string result)
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture, 390, 844);

        await session.RunAsync($"{nameof(Phone_ResultAsked_ScrollsTheResultIntoView)}-{form}", async () =>
        {
            var page = session.Page;
            if (form == "whatif-form")
            {
                await page.CheckAsync("#whatif-offices input[value=BRA]");
            }

            var button = page.Locator(ask);
            await button.ScrollIntoViewIfNeededAsync();
            if (form == "isolated")
            {
                // The highlight is drawn on the map, far above the card on a phone.
                (await page.EvaluateAsync<bool>(InView, result)).ShouldBeFalse("the map is out of view before");
            }

            await button.ClickAsync();
            await page.WaitForFunctionAsync($"() => document.getElementById('{result}').childElementCount > 0");
            await page.WaitForFunctionAsync($"({InView})('{result}')", null, new PageWaitForFunctionOptions { Timeout = 5000 });
        });
    }

    [Fact]
    public async Task Phone_OneFingerOnTheMap_ScrollsThePageUntilPanIsSwitchedOn()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture, 390, 844, hasTouch: true);

        await session.RunAsync(nameof(Phone_OneFingerOnTheMap_ScrollsThePageUntilPanIsSwitchedOn), async () =>
        {
            var page = session.Page;
            // A one-finger drag on the map's background: did the map take the gesture (preventDefault) from the page?
            const string drag = """
                () => { document.getElementById('cy').scrollIntoView();
                  const cy = window.workbench.cy, box = document.getElementById('cy').getBoundingClientRect();
                  let spot = null;
                  for (let y = 10; y < Math.min(cy.height(), innerHeight - box.y) && !spot; y += 10) for (let x = 10; x < cy.width() && !spot; x += 10)
                    if (!cy.elements().some(e => { const b = e.renderedBoundingBox(); return x > b.x1 - 6 && x < b.x2 + 6 && y > b.y1 - 6 && y < b.y2 + 6; })) spot = [x, y];
                  const target = document.elementFromPoint(box.x + spot[0], box.y + spot[1]);
                  const touch = (y) => new Touch({ identifier: 1, target, clientX: box.x + spot[0], clientY: box.y + y });
                  const send = (type, y) => { const e = new TouchEvent(type, { touches: type === 'touchend' ? [] : [touch(y)],
                    changedTouches: [touch(y)], bubbles: true, cancelable: true, composed: true }); target.dispatchEvent(e); return e.defaultPrevented; };
                  send('touchstart', spot[1]);
                  const taken = send('touchmove', spot[1] - 40) | send('touchmove', spot[1] - 80);
                  send('touchend', spot[1] - 80);
                  return !!taken; }
                """;
            (await page.EvaluateAsync<bool>(drag)).ShouldBeFalse("a one-finger drag scrolls the page");
            await Assertions.Expect(page.Locator("#map-pan")).ToHaveAttributeAsync("aria-pressed", "false");

            await page.ClickAsync("#map-pan");
            await Assertions.Expect(page.Locator("#map-pan")).ToHaveAttributeAsync("aria-pressed", "true");
            (await page.EvaluateAsync<bool>(drag)).ShouldBeTrue("with panning switched on the map takes the drag");
        });
    }

    [Fact]
    public async Task Phone_MatchesTable_BecomesAListWithEveryStatusVisible()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture, 390, 844);

        await session.RunAsync(nameof(Phone_MatchesTable_BecomesAListWithEveryStatusVisible), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-matches");
            await page.WaitForSelectorAsync("table.matches");
            var clipped = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('table.matches tbody tr')].flatMap(tr => {
                  const badge = tr.querySelector('.status'), cell = badge.closest('td'), b = badge.getBoundingClientRect(), c = cell.getBoundingClientRect();
                  const label = getComputedStyle(cell, '::before').content;
                  return b.right <= c.right + 0.5 && b.right <= innerWidth && label.includes('Status') ? [] : [`${tr.dataset.subject}: ${b.right} > ${c.right} or label ${label}`]; })
                """);
            clipped.ShouldBeEmpty();
            var sideways = await page.EvaluateAsync<int>("() => Math.max(...[...document.querySelectorAll('.area-table')].map(s => s.scrollWidth - s.clientWidth))");
            sideways.ShouldBeLessThanOrEqualTo(0, "no table scrolls sideways");
        });
    }

    [Fact]
    public async Task Print_FilteredAndSorted_NamesThemAndKeepsTheHeaderFilledAndTheTableInsideThePage()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var areas = await fixture.Server.QueryAsync("{ areas { id name } }");
        var area = areas.Items("areas").First();
        // A4 with the page's 12 mm side margins: 186 mm of paper are 703 CSS pixels.
        await using var session = await WorkbenchSession.OpenAsync(fixture, 703, 1000);

        await session.RunAsync(nameof(Print_FilteredAndSorted_NamesThemAndKeepsTheHeaderFilledAndTheTableInsideThePage), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-matches");
            await page.FillAsync("#matches-filter", "a");
            await page.SelectOptionAsync("#matches-area", area.Text("id"));
            await page.ClickAsync("table.matches th:nth-child(4) button.sort");
            await page.ClickAsync("table.matches th:nth-child(4) button.sort");
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

            var scope = page.Locator("#matches-print-scope");
            await Assertions.Expect(scope).ToBeVisibleAsync();
            await Assertions.Expect(scope).ToContainTextAsync("“a”");
            await Assertions.Expect(scope).ToContainTextAsync(area.Text("name"));
            await Assertions.Expect(scope).ToContainTextAsync("Status, descending");

            var header = await page.EvaluateAsync<string[]>("""
                () => { const th = document.querySelector('table.matches thead th'), s = getComputedStyle(th);
                  return [s.backgroundColor, s.printColorAdjust ?? '', s.webkitPrintColorAdjust ?? '']; }
                """);
            header[0].ShouldNotBe("rgba(0, 0, 0, 0)");
            header.Skip(1).ShouldContain("exact", "the header's fill is printed, not dropped as a background");
            var overhang = await page.EvaluateAsync<double>("""
                () => Math.max(...[...document.querySelectorAll('table.matches')].map(t => {
                  const r = t.getBoundingClientRect(), w = parseFloat(getComputedStyle(t).borderRightWidth) || 1;
                  return r.right + w / 2 - document.documentElement.clientWidth; }))
                """);
            overhang.ShouldBeLessThanOrEqualTo(0, "the table's right border lies inside the page");
        });
    }
}
