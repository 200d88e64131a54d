using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CoopGraph.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Server.Tests;

/// <summary>The real service in process on a fresh SQLite file (seeded with Lima), with one API key configured.</summary>
public sealed class ServerUnderTest : IAsyncDisposable
{
    public const string Key = "test-key-0123456789abcdef";
    private readonly string _directory = Directory.CreateTempSubdirectory("coopgraph-server-").FullName;
    private readonly WebApplicationFactory<Program> _factory;

    public ServerUnderTest() : this(new Dictionary<string, string?>())
    {
    }

    public ServerUnderTest(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        DatabasePath = Path.Combine(_directory, "coopgraph.db");
        var all = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = DatabasePath,
            ["GraphQL:ApiKeys:tester"] = Key,
            ["Logging:LogLevel:Default"] = "Warning",
            // One round checks the warm-up path; the default fifty are for a real start.
            ["Hosting:WarmUpRounds"] = "1",
        };
        foreach (var (name, value) in settings)
        {
            if (value is null)
            {
                all.Remove(name);
            }
            else
            {
                all[name] = value;
            }
        }

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseContentRoot(RepoPaths.Of("src", "CoopGraph.Server"));
            foreach (var (name, value) in all)
            {
                builder.UseSetting(name, value);
            }

            if (services is not null)
            {
                builder.ConfigureTestServices(services);
            }
        });
        Client = _factory.CreateClient();
    }

    public string DatabasePath { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>POSTs a GraphQL request; the key is sent as a Bearer token when given.</summary>
    public async Task<Response> PostAsync(string query, object? variables = null, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await SendAsync(request);
    }

    public async Task<Response> SendAsync(HttpRequestMessage request)
    {
        using var response = await Client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new Response(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text);
    }

    /// <summary>POSTs and requires a 200 without errors; the <c>data</c> object.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? key = null)
    {
        var response = await PostAsync(query, variables, key);
        response.Status.ShouldBe(HttpStatusCode.OK, response.Text);
        response.Json.TryGetProperty("errors", out _).ShouldBeFalse(response.Text);
        return response.Json.GetProperty("data");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing background task is left to the OS temp cleanup.
        }
    }

    public sealed record Response(HttpStatusCode Status, string? MediaType, string Text)
    {
        public JsonElement Json { get; } = Text.Length > 0 && Text.TrimStart().StartsWith('{') ? JsonDocument.Parse(Text).RootElement : default;

        /// <summary>The <c>extensions.code</c> of every error.</summary>
        public IReadOnlyList<string> Codes => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)]
            : [];
    }
}

/// <summary>One shared server for tests that only read.</summary>
public sealed class ReadOnlyServer : IAsyncLifetime
{
    public ServerUnderTest Server { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Server = new ServerUnderTest();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
