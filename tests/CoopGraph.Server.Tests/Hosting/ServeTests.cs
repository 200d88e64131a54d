using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using CoopGraph.Server.Hosting;
using CoopGraph.Server.Tests.Cli;
using CoopGraph.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoopGraph.Server.Tests.Hosting;

/// <summary><c>coopgraph serve</c> as users start it: the store it is given, the page, the log.</summary>
public sealed class ServeTests : IDisposable
{
    private static readonly string ProjectDirectory = RepoPaths.Of("src", "CoopGraph.Server");
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("coopgraph-serve-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }

    [Fact]
    public async Task Serve_StoreOption_ServesThatStore()
    {
        var ct = TestContext.Current.CancellationToken;
        var db = Path.Combine(_dir.FullName, "chosen.db");
        var url = $"http://127.0.0.1:{FreePort()}";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(TimeSpan.FromSeconds(60));
        var serving = CliRun.OfAsync(stop.Token, "serve", "--store", "sqlite:" + db, "--urls", url, "--contentRoot", ProjectDirectory);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };

        var ready = await PollAsync(http, "/ready", ct);
        ready.ShouldBe($"ready: sqlite:{db}\n");
        File.Exists(db).ShouldBeTrue();
        serving.IsCompleted.ShouldBeFalse();
        await stop.CancelAsync();
        (await serving).ExitCode.ShouldBe(-1);
    }

    [Fact]
    public async Task Serve_WebRootWithoutPage_FailsAtStartNamingTheFolder()
    {
        var empty = _dir.CreateSubdirectory("empty-webroot").FullName;

        var run = await CliRun.OfAsync(TimeSpan.FromSeconds(30), "serve", "--webroot", empty, "--urls", "http://127.0.0.1:0",
            "--store", "sqlite:" + Path.Combine(_dir.FullName, "x.db"));

        run.ExitCode.ShouldBe(1, run.Error);
        run.Error.ShouldContain($"no workbench page: {Path.Combine(empty, "index.html")} is missing");
    }

    [Fact]
    public async Task Build_NoLoggingSettings_AspNetCoreLogsOnlyWarnings()
    {
        await using var app = ServerHost.Build(["--contentRoot", ProjectDirectory, "--Storage:Sqlite:Path=" + Path.Combine(_dir.FullName, "x.db")]);
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information).ShouldBeFalse();
        loggers.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Information).ShouldBeFalse();
        loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Warning).ShouldBeTrue();
        loggers.CreateLogger("CoopGraph").IsEnabled(LogLevel.Information).ShouldBeTrue();
    }

    [Fact]
    public async Task Build_LoggingSetting_OverridesTheDefault()
    {
        await using var app = ServerHost.Build(["--contentRoot", ProjectDirectory, "--Logging:LogLevel:Microsoft.AspNetCore=Debug",
            "--Storage:Sqlite:Path=" + Path.Combine(_dir.FullName, "x.db")]);

        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics")
            .IsEnabled(LogLevel.Debug).ShouldBeTrue();
    }

    /// <summary>
    /// The published layout (the application with its wwwroot, no static-web-assets manifest) started from another
    /// folder, as a user runs a published build: the page, the favicon, one startup line, no request log.
    /// </summary>
    [Fact]
    public async Task PublishedLayout_StartedFromAnotherFolder_ServesThePageAndLogsOneLine()
    {
        var ct = TestContext.Current.CancellationToken;
        var app = PublishedLayout();
        var elsewhere = _dir.CreateSubdirectory("elsewhere").FullName;
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = elsewhere,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { "exec", Path.Combine(app, "coopgraph.dll"), "serve", "--urls", url, "--store", "sqlite:" + Path.Combine(elsewhere, "x.db") },
        };
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        var lines = new List<string>();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { lock (lines) { if (e.Data is not null) { lines.Add(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { lock (lines) { if (e.Data is not null) { lines.Add(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
            await PollAsync(http, "/health", ct);
            using var page = await http.GetAsync("/", ct);
            using var favicon = await http.GetAsync("/favicon.ico", ct);
            for (var i = 0; i < 20; i++)
            {
                using var _ = await http.GetAsync("/ready", ct);
            }

            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await page.Content.ReadAsStringAsync(ct)).ShouldContain("CoopGraph workbench");
            favicon.StatusCode.ShouldBe(HttpStatusCode.OK);
            favicon.Content.Headers.ContentType?.MediaType.ShouldBe("image/x-icon");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(ct);
        }

        string[] log;
        lock (lines)
        {
            log = [.. lines];
        }

        var startup = log.ShouldHaveSingleItem(string.Join("\n", log));
        startup.ShouldContain("sqlite:" + Path.Combine(elsewhere, "x.db"));
        startup.ShouldContain(url);
        startup.ShouldContain(Path.Combine(app, "wwwroot"));
        startup.ShouldContain("/graphql");
    }

    private string PublishedLayout()
    {
        var app = _dir.CreateSubdirectory("app").FullName;
        Copy(new DirectoryInfo(AppContext.BaseDirectory), app, f => !f.Name.Contains("staticwebassets", StringComparison.Ordinal));
        Copy(new DirectoryInfo(Path.Combine(ProjectDirectory, "wwwroot")), Path.Combine(app, "wwwroot"), _ => true);
        return app;
    }

    private static void Copy(DirectoryInfo from, string to, Func<FileInfo, bool> include)
    {
        Directory.CreateDirectory(to);
        foreach (var file in from.EnumerateFiles().Where(include))
        {
            file.CopyTo(Path.Combine(to, file.Name));
        }

        foreach (var dir in from.EnumerateDirectories())
        {
            Copy(dir, Path.Combine(to, dir.Name), include);
        }
    }

    private static async Task<string> PollAsync(HttpClient http, string path, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 160; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(path, ct);
                if (response.IsSuccessStatusCode)
                {
                    return await response.Content.ReadAsStringAsync(ct);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250, ct);
        }

        throw new TimeoutException($"GET {path} did not succeed within 40 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
