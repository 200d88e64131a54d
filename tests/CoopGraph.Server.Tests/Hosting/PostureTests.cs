using System.Net;
using CoopGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Server.Tests.Hosting;

/// <summary>Hosting posture: security headers, CORS, rate limits, what anonymous callers learn.</summary>
public sealed class PostureTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    private ServerUnderTest Server => fixture.Server;

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/graphql", "text/html")]
    [InlineData("/graphql", "application/json")]
    public async Task Get_PageConsoleOrApi_CarriesSecurityHeaders(string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path + (accept == "text/html" ? "" : "?query=%7B__typename%7D"));
        request.Headers.Accept.ParseAdd(accept);
        using var response = await Server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("style-src 'self';");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldNotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        response.Headers.Contains("Server").ShouldBeFalse();
    }

    [Fact]
    public async Task Get_Console_InlinesNoScriptOrStyle()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        var html = (await Server.SendAsync(request)).Text;

        html.ShouldNotContain("<script>");
        html.ShouldNotContain("<style>");
        html.ShouldNotContain("style=");
        html.ShouldNotContain("onclick");
        html.ShouldContain("<script type=\"module\" src=\"assets/console.js\"");
        var script = await Server.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/assets/console.js"));
        script.Status.ShouldBe(HttpStatusCode.OK);
        script.MediaType.ShouldBe("text/javascript");
        script.Text.ShouldContain("graphiql");
    }

    [Fact]
    public async Task Get_Page_AllowsTheConsolesDataFontsOnly()
    {
        using var response = await Server.Client.GetAsync("/", TestContext.Current.CancellationToken);

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("font-src 'self' data:;");
    }

    [Fact]
    public async Task Preflight_FromAnotherOrigin_IsNotAllowedByDefault()
    {
        using var response = await PreflightAsync(Server, "https://elsewhere.example");

        response.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task Preflight_FromConfiguredOrigin_IsAllowed()
    {
        await using var server = new ServerUnderTest(new Dictionary<string, string?> { ["Hosting:CorsOrigins:0"] = "https://planner.example" });

        using var allowed = await PreflightAsync(server, "https://planner.example");
        using var other = await PreflightAsync(server, "https://elsewhere.example");

        allowed.Headers.GetValues("Access-Control-Allow-Origin").Single().ShouldBe("https://planner.example");
        other.Headers.Contains("Access-Control-Allow-Origin").ShouldBeFalse();
    }

    [Fact]
    public async Task Post_PastTheAnonymousRateLimit_Is429WithRetryAfterWhileKeyedCallersGoOn()
    {
        await using var server = new ServerUnderTest(new Dictionary<string, string?>
        {
            ["Hosting:RateLimit:PermitsPerSecond"] = "1",
            ["Hosting:RateLimit:Burst"] = "2",
        });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await server.PostAsync("{ dataset { version } }")).Status);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{\"query\":\"{ __typename }\"}", System.Text.Encoding.UTF8, "application/json") };
        using var limited = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var keyed = await server.PostAsync("{ dataset { version } }", key: ServerUnderTest.Key);

        statuses.ShouldContain(HttpStatusCode.TooManyRequests);
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        (await limited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("RATE_LIMITED");
        keyed.Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Ready_StoreDown_SaysStoreUnavailableWithoutTheDetail()
    {
        await using var server = new ServerUnderTest(new Dictionary<string, string?>(), s => s.AddSingleton<IGraphStore>(new UnreliableStore(true, TimeSpan.Zero)));

        var ready = await server.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/ready"));
        var query = await server.PostAsync("{ dataset { version } }");

        ready.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        ready.Text.ShouldBe("not ready: store unavailable\n");
        query.Codes.ShouldBe(["STORE_UNAVAILABLE"]);
        query.Text.ShouldNotContain("unreliable:test");
        query.Text.ShouldNotContain("on purpose");
    }

    [Fact]
    public async Task Ready_Anonymous_DoesNotNameTheStore()
    {
        var ready = await Server.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/ready"));

        ready.Status.ShouldBe(HttpStatusCode.OK);
        ready.Text.ShouldBe("ready\n");
        ready.Text.ShouldNotContain(Server.DatabasePath);
    }

    [Fact]
    public async Task Changes_AnonymousCaller_SeesNoActorNames()
    {
        await using var server = new ServerUnderTest();
        await server.DataAsync("mutation { upsertOffice(input: { code: \"EUIPO\", name: \"EU office\", attended: false }) { changed } }", key: ServerUnderTest.Key);
        const string query = "{ changes { edges { node { actor kind } } } }";

        var anonymous = (await server.DataAsync(query)).GetProperty("changes").GetProperty("edges").EnumerateArray().Last().GetProperty("node");
        var keyed = (await server.DataAsync(query, key: ServerUnderTest.Key)).GetProperty("changes").GetProperty("edges").EnumerateArray().Last().GetProperty("node");

        anonymous.GetProperty("actor").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        anonymous.GetProperty("kind").GetString().ShouldBe("upsertOffice");
        keyed.GetProperty("actor").GetString().ShouldBe("tester");
    }

    private static async Task<HttpResponseMessage> PreflightAsync(ServerUnderTest server, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
