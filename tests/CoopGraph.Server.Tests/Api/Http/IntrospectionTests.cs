using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Server.Tests.Api.Http;

/// <summary>Standard introspection, checked with graphql-js itself (tests/node/introspect.mjs).</summary>
public sealed class IntrospectionTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    [Fact]
    public async Task Introspection_GraphQLJsEveryOption_PrintsCommittedSchema()
    {
        Assert.SkipWhen(NodeScript.Missing is not null, NodeScript.Missing ?? "");
        var body = await NodeScript.RunAsync("introspect.mjs", ["query"]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        var response = await fixture.Server.SendAsync(request);
        response.Status.ShouldBe(HttpStatusCode.OK, response.Text);

        var printed = await NodeScript.RunAsync("introspect.mjs", ["print"], response.Text);

        var committed = await File.ReadAllTextAsync(RepoPaths.Of("schema.graphql"), TestContext.Current.CancellationToken);
        printed.ReplaceLineEndings("\n").ShouldBe(committed.ReplaceLineEndings("\n"), "introspection and schema.graphql disagree (schema.graphql is graphql-js's print of the server's SDL)");
    }

    [Fact]
    public async Task Introspection_GraphQLJsQueryOverGet_IsAnswered()
    {
        Assert.SkipWhen(NodeScript.Missing is not null, NodeScript.Missing ?? "");
        var query = JsonDocument.Parse(await NodeScript.RunAsync("introspect.mjs", ["query"])).RootElement.GetProperty("query").GetString()!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        var response = await fixture.Server.SendAsync(request);
        response.Status.ShouldBe(HttpStatusCode.OK, response.Text);
        response.Json.GetProperty("data").GetProperty("__schema").GetProperty("directives").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Introspection_DisabledByConfiguration_IsRefusedWithCode()
    {
        await using var server = new ServerUnderTest(new Dictionary<string, string?> { ["GraphQL:Introspection"] = "false" });

        var response = await server.PostAsync("{ __schema { queryType { name } } }");

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Codes.ShouldBe(["INTROSPECTION_DISABLED"]);
        (await server.DataAsync("{ dataset { version } }")).GetProperty("dataset").GetProperty("version").GetString().ShouldNotBeNullOrEmpty();
    }
}
