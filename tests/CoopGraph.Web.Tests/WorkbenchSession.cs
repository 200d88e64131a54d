using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>
/// One browser context on the workbench: records every host the page contacts and saves a screenshot when the test
/// body fails, printing its path.
/// </summary>
public sealed class WorkbenchSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> requestedUrls = [];

    private WorkbenchSession(IBrowserContext context, IPage page, CoopGraphServer server)
    {
        this.context = context;
        Page = page;
        Server = server;
        page.Request += (_, request) =>
        {
            lock (requestedUrls)
            {
                requestedUrls.Add(request.Url);
            }
        };
    }

    // The map's canvas is hidden while the matrix view shows: its readiness is an attribute, not a visible state.
    private static readonly PageWaitForSelectorOptions Attached = new() { State = WaitForSelectorState.Attached };

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>The server the page talks to.</summary>
    public CoopGraphServer Server { get; }

    /// <summary>Every URL the page requested so far.</summary>
    public IReadOnlyList<string> RequestedUrls
    {
        get
        {
            lock (requestedUrls)
            {
                return [.. requestedUrls];
            }
        }
    }

    /// <summary>
    /// The script that asks the page for its test hooks before it loads: <c>window.workbench.cy</c> (the map's Cytoscape
    /// instance) and <c>window.workbench.changes</c> exist only then (web/src/test-hooks.js).
    /// </summary>
    public const string TestHooks = "window.coopgraphTestHooks = true;";

    /// <summary>
    /// Opens the workbench at a viewport size, with the test hooks, and waits until the map has been drawn or has failed.
    /// </summary>
    public static async Task<WorkbenchSession> OpenAsync(WorkbenchFixture fixture, int width = 1280, int height = 800, bool hasTouch = false)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            HasTouch = hasTouch,
        });
        await context.AddInitScriptAsync(TestHooks);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        var session = new WorkbenchSession(context, page, fixture.Server);
        await session.GotoAsync();
        return session;
    }

    /// <summary>(Re)loads the page and waits until the map has been drawn or has failed.</summary>
    public async Task GotoAsync(string fragment = "")
    {
        await Page.GotoAsync(Server.BaseAddress + fragment);
        await Page.WaitForSelectorAsync("#cy[data-ready]", Attached);
    }

    /// <summary>Clicks an office's node on the map canvas, where Cytoscape drew it.</summary>
    public async Task ClickNodeAsync(string code)
    {
        var map = await Page.Locator("#cy").BoundingBoxAsync() ?? throw new InvalidOperationException("the map is not visible");
        var position = await Page.EvaluateAsync<float[]>(
            "code => { const p = window.workbench.cy.getElementById(code).renderedPosition(); return [p.x, p.y]; }", code);
        await Page.Mouse.ClickAsync(map.X + position[0], map.Y + position[1]);
    }

    /// <summary>
    /// Clicks an edge of the map where Cytoscape drew it: the midpoint of the heaviest edge that lies clear of every node,
    /// trying the next one when the click selects no edge. Returns the selected edge's source and target.
    /// </summary>
    public async Task<(string Source, string Target)> ClickEdgeAsync()
    {
        var map = await Page.Locator("#cy").BoundingBoxAsync() ?? throw new InvalidOperationException("the map is not visible");
        var candidates = await Page.EvaluateAsync<float[][]>("""
            () => { const cy = window.workbench.cy, w = cy.width(), h = cy.height(), m = 8;
              const boxes = cy.nodes().map(n => n.renderedBoundingBox());
              const clear = p => p.x > m && p.y > m && p.x < w - m && p.y < h - m
                && !boxes.some(b => p.x > b.x1 - m && p.x < b.x2 + m && p.y > b.y1 - m && p.y < b.y2 + m);
              return cy.edges().sort((a, b) => b.data('weight') - a.data('weight'))
                .map(e => e.renderedMidpoint()).filter(clear).slice(0, 10).map(p => [p.x, p.y]); }
            """);
        foreach (var point in candidates)
        {
            await Page.Mouse.ClickAsync(map.X + point[0], map.Y + point[1]);
            var selected = await Page.EvaluateAsync<string[][]>(
                "() => window.workbench.cy.edges(':selected').map(e => [e.source().id(), e.target().id()])");
            if (selected.Length == 1)
            {
                return (selected[0][0], selected[0][1]);
            }
        }

        throw new InvalidOperationException($"none of {candidates.Length} edge midpoints clear of the nodes selected an edge");
    }

    /// <summary>Waits until the map has been redrawn after a change of view or filter, and fails if drawing failed.</summary>
    public async Task WaitForMapAsync()
    {
        await Page.WaitForSelectorAsync("#cy[data-ready]", Attached);
        (await Page.GetAttributeAsync("#cy", "data-ready")).ShouldBe("true", await Page.TextContentAsync("#errors"));
    }

    /// <summary>Runs a test body; on failure saves a full-page screenshot under TestResults and names it in the error.</summary>
    public async Task RunAsync(string name, Func<Task> body)
    {
        try
        {
            await body();
        }
        catch (Exception failure)
        {
            var directory = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, $"{name}-{DateTime.UtcNow:yyyyMMddHHmmss}.png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            TestContext.Current.SendDiagnosticMessage($"Screenshot of the failure: {path}");
            throw new InvalidOperationException($"{failure.Message}\nScreenshot: {path}", failure);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
