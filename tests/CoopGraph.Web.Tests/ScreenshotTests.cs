using CoopGraph.Tests.Shared;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>
/// The workbench at desktop (1280×800) and phone (390 px) width: the map shows every office and nothing overflows
/// sideways, and the matrix view at desktop width. The screenshots go to TestResults; with COOPGRAPH_UPDATE_SCREENSHOTS=1
/// they also replace docs/workbench-*.png.
/// </summary>
[Collection(WorkbenchGroup.Name)]
public sealed class ScreenshotTests(WorkbenchFixture fixture)
{
    [Theory]
    [InlineData("desktop", 1280, 800)]
    [InlineData("phone", 390, 844)]
    public async Task Workbench_AtWidth_ShowsEveryOfficeWithoutSidewaysScrolling(string name, int width, int height)
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("{ dataset { officeCount } }");
        var offices = data.GetProperty("dataset").GetProperty("officeCount").GetInt32();
        await using var session = await WorkbenchSession.OpenAsync(fixture, width, height);

        await session.RunAsync($"{nameof(Workbench_AtWidth_ShowsEveryOfficeWithoutSidewaysScrolling)}-{name}", async () =>
        {
            var page = session.Page;
            await session.ClickNodeAsync("BRA");
            await Assertions.Expect(page.Locator("#office-offers")).ToBeVisibleAsync();

            var inside = await page.EvaluateAsync<int>("""
                () => { const cy = window.workbench.cy, w = cy.width(), h = cy.height();
                  return cy.nodes('.office').filter(n => { const p = n.renderedPosition();
                    return p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h; }).length; }
                """);
            inside.ShouldBe(offices, "every office node lies inside the visible map");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.ShouldBeLessThanOrEqualTo(0, "the page scrolls sideways");

            await SaveAsync(page, name);
        });
    }

    [Fact]
    public async Task MatrixView_AtDesktop_ShowsEveryOfficeRowWithoutSidewaysScrolling()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("{ dataset { officeCount } }");
        var offices = data.GetProperty("dataset").GetProperty("officeCount").GetInt32();
        await using var session = await WorkbenchSession.OpenAsync(fixture, 1280, 800);

        await session.RunAsync(nameof(MatrixView_AtDesktop_ShowsEveryOfficeRowWithoutSidewaysScrolling), async () =>
        {
            var page = session.Page;
            await page.SelectOptionAsync("#view", "MATRIX");
            await session.WaitForMapAsync();
            await page.ClickAsync("#matrix button.cell");
            await Assertions.Expect(page.Locator("#edge-subjects")).ToBeVisibleAsync();

            (await page.Locator("#matrix tbody tr").CountAsync()).ShouldBe(offices);
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            overflow.ShouldBeLessThanOrEqualTo(0, "the page scrolls sideways");
            var matrixOverflow = await page.EvaluateAsync<int>("() => { const s = document.querySelector('.matrix-scroll'); return s.scrollWidth - s.clientWidth; }");
            matrixOverflow.ShouldBeLessThanOrEqualTo(0, "the Lima matrix fits beside the side panel");
            await SaveAsync(page, "matrix");
        });
    }

    /// <summary>Saves a screenshot under TestResults; with COOPGRAPH_UPDATE_SCREENSHOTS=1 also as docs/workbench-{name}.png.</summary>
    internal static async Task SaveAsync(IPage page, string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"workbench-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        TestContext.Current.SendDiagnosticMessage($"Screenshot: {path}");
        if (Environment.GetEnvironmentVariable("COOPGRAPH_UPDATE_SCREENSHOTS") == "1")
        {
            File.Copy(path, RepoPaths.Of("docs", $"workbench-{name}.png"), overwrite: true);
        }
    }
}
