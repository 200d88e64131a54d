using System.Net;
using System.Text.Json;

namespace CoopGraph.Server.Tests.Api.Http;

/// <summary><c>GET /dataset/version</c>: what the workbench polls to follow edits (a 304 while nothing changed).</summary>
public sealed class DatasetVersionTests
{
    [Fact]
    public async Task Get_Version_MatchesTheDatasetAndCarriesAnETag()
    {
        await using var server = new ServerUnderTest();
        var expected = (await server.DataAsync("{ dataset { version } }")).GetProperty("dataset").GetProperty("version").GetString();

        using var response = await server.Client.GetAsync("/dataset/version", TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.ETag.ShouldNotBeNull();
        response.Headers.CacheControl!.NoCache.ShouldBeTrue();
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        body.GetProperty("version").GetString().ShouldBe(expected);
    }

    [Fact]
    public async Task Get_IfNoneMatchBeforeAndAfterAnEdit_Is304ThenTheNewVersion()
    {
        await using var server = new ServerUnderTest();
        using var first = await server.Client.GetAsync("/dataset/version", TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag!;

        var unchanged = await GetIfNoneMatchAsync(server, etag.Tag);
        var edit = await server.DataAsync("mutation { addOffer(input: { office: \"HND\", subject: \"madrid-protocol\", source: \"version test\", confidence: LOW }) { version changed } }", key: ServerUnderTest.Key);
        var changed = await GetIfNoneMatchAsync(server, etag.Tag);

        unchanged.Status.ShouldBe(HttpStatusCode.NotModified);
        unchanged.Text.ShouldBeEmpty();
        edit.GetProperty("addOffer").GetProperty("changed").GetBoolean().ShouldBeTrue();
        changed.Status.ShouldBe(HttpStatusCode.OK);
        changed.Json.GetProperty("version").GetString().ShouldBe(edit.GetProperty("addOffer").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Get_WithAnArgument_Is400NamingIt()
    {
        await using var server = new ServerUnderTest();

        var response = await server.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/dataset/version?since=3"));

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Text.ShouldContain("since: unknown argument");
    }

    private static Task<ServerUnderTest.Response> GetIfNoneMatchAsync(ServerUnderTest server, string tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/dataset/version");
        request.Headers.TryAddWithoutValidation("If-None-Match", tag);
        return server.SendAsync(request);
    }
}
