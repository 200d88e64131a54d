using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using System.Text.Json;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Web.Tests;

/// <summary>
/// The real <c>coopgraph</c> executable serving on a free loopback port, with a fresh SQLite store seeded with the
/// Lima data and one API key; also a plain GraphQL client, so tests take their expectations from the API.
/// </summary>
public sealed class CoopGraphServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly StringBuilder _log = new();
    private readonly HttpClient _http;

    private CoopGraphServer(Process process, string dataDirectory, Uri baseAddress, string apiKey)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
        ApiKey = apiKey;
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The API key the server accepts for mutations.</summary>
    public string ApiKey { get; }

    /// <summary>What the server wrote to stdout and stderr so far (for failure messages).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts the server built next to this test project and waits until it answers /health.</summary>
    public static async Task<CoopGraphServer> StartAsync()
    {
        var serverBin = typeof(CoopGraphServer).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ServerBin").Value!;
        var projectDirectory = RepoPaths.Of("src", "CoopGraph.Server");
        var executable = Path.Combine(projectDirectory, serverBin, "coopgraph.dll");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"{executable} is missing: build src/CoopGraph.Server first");
        }

        if (!File.Exists(Path.Combine(projectDirectory, "wwwroot", "index.html")))
        {
            throw new InvalidOperationException(
                "the workbench is not built: run `npm ci && npm run build` in web/ (it writes src/CoopGraph.Server/wwwroot)");
        }

        var dataDirectory = Directory.CreateTempSubdirectory("coopgraph-web-tests-").FullName;
        var apiKey = Convert.ToHexString(Guid.NewGuid().ToByteArray());
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            // The project folder is the content root, so wwwroot is served as `dotnet run` would serve it.
            WorkingDirectory = projectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { executable, "serve", "--urls", baseAddress.ToString().TrimEnd('/') })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Storage__Provider"] = "Sqlite";
        start.Environment["Storage__Sqlite__Path"] = Path.Combine(dataDirectory, "coopgraph.db");
        start.Environment["GraphQL__ApiKeys__webtests"] = apiKey;
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var server = new CoopGraphServer(process, dataDirectory, baseAddress, apiKey);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync();
        return server;
    }

    /// <summary>POSTs a GraphQL query and returns its <c>data</c>; fails the test on any GraphQL error.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, bool withKey = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (withKey)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        }

        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        if (root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            throw new InvalidOperationException($"GraphQL errors for {query}: {errors}");
        }

        return root.GetProperty("data").Clone();
    }

    /// <summary>POSTs a GraphQL operation the server is expected to refuse and returns its <c>errors</c> (fails when there are none).</summary>
    public async Task<JsonElement> ErrorsAsync(string query, object? variables = null, bool withKey = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (withKey)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        }

        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        if (!document.RootElement.TryGetProperty("errors", out var errors) || errors.GetArrayLength() == 0)
        {
            throw new InvalidOperationException($"the server accepted {query}, which the test expected it to refuse");
        }

        return errors.Clone();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task WaitUntilHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"coopgraph exited with code {_process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await _http.GetAsync("health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"coopgraph did not answer {BaseAddress}health within 60 s:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
