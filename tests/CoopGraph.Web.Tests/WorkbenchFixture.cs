using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>One real server and one headless Debian chromium shared by the workbench tests.</summary>
public sealed class WorkbenchFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium: the tests never download a browser (no <c>playwright install</c>).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Why the tests skip when chromium is missing.</summary>
    public const string NoChromium = "chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)";

    private IPlaywright? playwright;
    private CoopGraphServer? server;
    private IBrowser? browser;

    /// <summary>Whether the browser exists on this machine.</summary>
    public static bool HasChromium => File.Exists(ChromiumPath);

    /// <summary>The running server.</summary>
    public CoopGraphServer Server => server ?? throw new InvalidOperationException(NoChromium);

    /// <summary>The launched browser.</summary>
    public IBrowser Browser => browser ?? throw new InvalidOperationException(NoChromium);

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        if (!HasChromium)
        {
            return;
        }

        server = await CoopGraphServer.StartAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"],
        });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
