using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CoopGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Server.Tests.Api.Http;

/// <summary>The GraphQL-over-HTTP rules, the limits and every error code.</summary>
public sealed class HttpTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    private ServerUnderTest Server => fixture.Server;

    [Fact]
    public async Task Post_Query_AnswersGraphQLResponseJson()
    {
        var response = await Server.PostAsync("{ unmetNeeds { subject { name } status } }");
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.MediaType.ShouldBe("application/graphql-response+json");
        response.Json.GetProperty("data").GetProperty("unmetNeeds").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Get_Query_Answers()
    {
        var response = await Server.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ dataset { version } }")));
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Json.GetProperty("data").GetProperty("dataset").GetProperty("version").GetString().ShouldBe(Lima.Dataset.Version);
    }

    [Fact]
    public async Task Get_Mutation_Is405AndChangesNothing()
    {
        var query = "mutation { removeOffer(office: \"BRA\", subject: \"x\") { version } }";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerUnderTest.Key);
        var response = await Server.SendAsync(request);
        response.Status.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Codes.ShouldBe(["METHOD_NOT_ALLOWED"]);
    }

    [Fact]
    public async Task Get_BrowserWithoutQuery_GetsOfflineConsole()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await Server.SendAsync(request);
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.MediaType.ShouldBe("text/html");
        response.Text.ShouldContain("data-console-page");
        response.Text.ShouldNotContain("src=\"http");
        response.Text.ShouldNotContain("href=\"http");
    }

    [Fact]
    public async Task Get_BrowserWithThePageOff_Is404SayingWhyThereIsNoConsole()
    {
        await using var server = new ServerUnderTest(new Dictionary<string, string?> { ["Workbench:Enabled"] = "false" });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        var response = await server.SendAsync(request);

        response.Status.ShouldBe(HttpStatusCode.NotFound);
        response.Text.ShouldContain("--no-page");
    }

    [Fact]
    public async Task Post_SyntaxError_Is400WithCode()
    {
        var response = await Server.PostAsync("{ dataset { version ");
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Codes.ShouldBe(["SYNTAX_ERROR"]);
    }

    [Fact]
    public async Task Post_UnknownField_Is400WithValidationCode()
    {
        var response = await Server.PostAsync("{ noSuchField }");
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Codes.ShouldBe(["FIELDS_ON_CORRECT_TYPE"]);
    }

    [Theory]
    [InlineData("not json", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"variables\": {}}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{ dataset { version } }", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    public async Task Post_NotAGraphQLRequest_IsRefusedWithBadRequestCode(string body, string mediaType, HttpStatusCode status)
    {
        var response = await Server.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, mediaType) });
        response.Status.ShouldBe(status);
        response.Codes.ShouldBe(["BAD_REQUEST"]);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Is413()
    {
        await using var server = new ServerUnderTest(new Dictionary<string, string?> { ["GraphQL:MaxRequestBytes"] = "2048" });
        var response = await server.PostAsync("{ dataset { version } }" + new string(' ', 4096));
        response.Status.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Codes.ShouldBe(["REQUEST_TOO_LARGE"]);
    }

    [Fact]
    public async Task Post_TooDeep_Is400WithDepthCode()
    {
        var response = await Server.PostAsync("{ offices { nodes { requests { subject { requests { office { offers { subject { area { subjects { offerers { offers { office { code } } } } } } } } } } } } } }");
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Codes.ShouldBe(["MAX_DEPTH_EXCEEDED"]);
    }

    [Fact]
    public async Task Post_TooComplex_Is400WithComplexityCode()
    {
        await using var server = new ServerUnderTest(new Dictionary<string, string?> { ["GraphQL:MaxComplexity"] = "200" });
        var response = await server.PostAsync("{ offices { nodes { requests { subject { requesters { code name } offerers { code name } } } } } }");
        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Codes.ShouldBe(["MAX_COMPLEXITY_EXCEEDED"]);
        (await server.PostAsync("{ dataset { version } }")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_ListsOfKnownLength_AreChargedAtTheirLengthInTheDataset()
    {
        // areas (1) + each area × (its subjects list (1) + each subject × name (1)), at the dataset's real lengths.
        var largestArea = Lima.Dataset.Subjects.GroupBy(s => s.Area).Max(g => g.Count());
        var estimate = 1 + (Lima.Dataset.Areas.Count * (1 + largestArea));
        const string query = "{ areas { subjects { name } } }";

        await using var exact = new ServerUnderTest(new Dictionary<string, string?> { ["GraphQL:MaxComplexity"] = $"{estimate}" });
        await using var tight = new ServerUnderTest(new Dictionary<string, string?> { ["GraphQL:MaxComplexity"] = $"{estimate - 1}" });

        (await exact.PostAsync(query)).Status.ShouldBe(HttpStatusCode.OK);
        var refused = await tight.PostAsync(query);
        refused.Codes.ShouldBe(["MAX_COMPLEXITY_EXCEEDED"]);
        refused.Json.GetProperty("errors")[0].GetProperty("message").GetString().ShouldStartWith($"the query's estimated complexity is {estimate};");
    }

    [Theory]
    [InlineData("{ office(code: \"ZZZ\") { code } }", "NOT_FOUND")]
    [InlineData("{ subject(id: \"no-such\") { id } }", "NOT_FOUND")]
    [InlineData("{ paths(from: \"BRA\", to: \"Atlantis\") { paths { cost } } }", "NOT_FOUND")]
    [InlineData("{ offices(first: 100000) { totalCount } }", "INVALID_INPUT")]
    [InlineData("{ offices(after: \"garbage\") { totalCount } }", "INVALID_INPUT")]
    [InlineData("{ paths(from: \"BRA\", to: \"HND\", k: 0) { paths { cost } } }", "INVALID_INPUT")]
    [InlineData("{ centrality(top: -1) { ranking { rank } } }", "INVALID_INPUT")]
    public async Task Post_BadArgument_Is200WithCodedErrorAndPath(string query, string code)
    {
        var response = await Server.PostAsync(query);
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Codes.ShouldBe([code]);
        response.Json.GetProperty("errors")[0].GetProperty("path").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Post_PartialFailure_KeepsTheOtherFields()
    {
        var response = await Server.PostAsync("{ dataset { version } office(code: \"ZZZ\") { code } }");
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Json.GetProperty("data").GetProperty("dataset").GetProperty("version").GetString().ShouldBe(Lima.Dataset.Version);
        response.Codes.ShouldBe(["NOT_FOUND"]);
    }

    [Fact]
    public async Task StoreDownInResolver_Is200WithStoreUnavailable()
    {
        await using var server = new ServerUnderTest(new Dictionary<string, string?>(), s => s.AddSingleton<IGraphStore>(new UnreliableStore(false, TimeSpan.Zero)));
        var response = await server.PostAsync("{ dataset { version } changes { totalCount } }");
        response.Status.ShouldBe(HttpStatusCode.OK);
        response.Codes.ShouldBe(["STORE_UNAVAILABLE"]);
        var mutation = await server.PostAsync("mutation { removeOffer(office: \"BRA\", subject: \"x\") { version } }", key: ServerUnderTest.Key);
        mutation.Codes.ShouldBe(["STORE_UNAVAILABLE"]);
    }

    [Fact]
    public async Task StoreDownAtStart_Is503WithStoreUnavailableAndNotReady()
    {
        await using var server = new ServerUnderTest(new Dictionary<string, string?>(), s => s.AddSingleton<IGraphStore>(new UnreliableStore(true, TimeSpan.Zero)));
        var response = await server.PostAsync("{ dataset { version } }");
        response.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Codes.ShouldBe(["STORE_UNAVAILABLE"]);
        var ready = await server.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/ready"));
        ready.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        ready.Text.ShouldBe("not ready: store unavailable\n");
        using var keyed = new HttpRequestMessage(HttpMethod.Get, "/ready");
        keyed.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerUnderTest.Key);
        (await server.SendAsync(keyed)).Text.ShouldContain("the test store is down");
        (await server.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health"))).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SlowOperation_PastTimeout_IsStoppedWithTimeout()
    {
        await using var server = new ServerUnderTest(new Dictionary<string, string?> { ["GraphQL:Timeout"] = "00:00:00.300" }, s => s.AddSingleton<IGraphStore>(new UnreliableStore(false, TimeSpan.FromSeconds(20))));
        var response = await server.PostAsync("{ changes { totalCount } }");
        response.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Codes.ShouldBe(["TIMEOUT"]);
    }

    [Fact]
    public async Task RequireKeyForQueries_Anonymous_Is401()
    {
        await using var server = new ServerUnderTest(new Dictionary<string, string?> { ["GraphQL:RequireKeyForQueries"] = "true" });
        var response = await server.PostAsync("{ dataset { version } }");
        response.Status.ShouldBe(HttpStatusCode.Unauthorized);
        response.Codes.ShouldBe(["UNAUTHORIZED"]);
        (await server.PostAsync("{ dataset { version } }", key: ServerUnderTest.Key)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_SqliteStoreKeyedCaller_SaysReadyAndNamesTheStore()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ready");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServerUnderTest.Key);
        var ready = await Server.SendAsync(request);
        ready.Status.ShouldBe(HttpStatusCode.OK);
        ready.Text.ShouldContain("sqlite:");
    }

    [Fact]
    public async Task Start_InvalidOptions_FailsNamingTheSetting()
    {
        var db = Path.Combine(Path.GetTempPath(), $"coopgraph-options-{Guid.NewGuid():N}.db");
        var ex = await Should.ThrowAsync<Microsoft.Extensions.Options.OptionsValidationException>(async () =>
        {
            await using var app = CoopGraph.Server.Hosting.ServerHost.Build(["--urls", "http://127.0.0.1:0", "--Workbench:Enabled=false", "--GraphQL:MaxDepth=0", "--GraphQL:DefaultPageSize=0", "--Storage:Sqlite:Path=" + db]);
            await app.StartAsync(TestContext.Current.CancellationToken);
        });
        ex.Message.ShouldContain("GraphQL:MaxDepth must be between 2 and 100 (is 0)");
        ex.Message.ShouldContain("GraphQL:DefaultPageSize");
    }
}
