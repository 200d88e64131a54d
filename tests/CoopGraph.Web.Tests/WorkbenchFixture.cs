using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>One real server and one headless Debian chromium shared by the workbench tests.</summary>
public sealed class WorkbenchFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium: the tests never download a browser (no <c>playwright install</c>).</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Why the tests skip when chromium is missing.</summary>
    public const string NoChromium = "chromium is not installed at /usr/bin/chromium (apt-get install -y chromium)";

    private IPlaywright? _playwright;
    private CoopGraphServer? _server;
    private IBrowser? _browser;

    /// <summary>Whether the browser exists on this machine.</summary>
    public static bool HasChromium => File.Exists(ChromiumPath);

    /// <summary>The running server.</summary>
    public CoopGraphServer Server => _server ?? throw new InvalidOperationException(NoChromium);

    /// <summary>The launched browser.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException(NoChromium);

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        if (!HasChromium)
        {
            return;
        }

        _server = await CoopGraphServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
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
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
