using System.Net;
using System.Text.Json;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Views;
using CoopGraph.Domain.Formats;
using CoopGraph.Server.Exports;
using CoopGraph.Server.Tests.Cli;
using CoopGraph.Tests.Shared;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Server.Tests.Exports;

/// <summary><c>GET /export/{format}</c> and <c>coopgraph export</c>: arguments, scope, file names, caching, access.</summary>
public sealed class ExportEndpointTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    private static readonly NetworkAnalysis Analysis = NetworkAnalysis.Of(Lima.Dataset);

    [Theory]
    [InlineData("support", "policy", null)]
    [InlineData("bipartite", "infrastructure", null)]
    [InlineData("collaboration", null, "green-patents")]
    public async Task GetExport_AreaAndSubject_AreTheNetworkOfGraphQL(string view, string? area, string? subject)
    {
        var url = $"/export/node-link?view={view}" + (area is null ? "" : "&area=" + area) + (subject is null ? "" : "&subject=" + subject);
        var response = await fixture.Server.SendAsync(new HttpRequestMessage(HttpMethod.Get, url));
        var data = await fixture.Server.DataAsync("query($v: View, $a: ID, $s: ID) { network(view: $v, area: $a, subject: $s) { edges { source target subjects } } }",
            new { v = view.ToUpperInvariant(), a = area, s = subject });

        response.Status.ShouldBe(HttpStatusCode.OK, response.Text);
        var exported = response.Json.GetProperty("edges").EnumerateArray().Select(Edge).ToList();
        var graphql = data.GetProperty("network").GetProperty("edges").EnumerateArray().Select(Edge).ToList();
        exported.ShouldBe(graphql);
        exported.Count.ShouldBeLessThan(NetworkView.Build(Analysis, Enum.Parse<ViewKind>(view, true)).Edges.Count);
    }

    [Theory]
    [InlineData("/export/graphml?area=nowhere", "area: no area 'nowhere'")]
    [InlineData("/export/graphml?subject=nothing", "subject: no subject 'nothing'")]
    [InlineData("/export/graphml?view=99", "view: unknown view '99'")]
    [InlineData("/export/graphml?view=-1", "view: unknown view '-1'")]
    [InlineData("/export/graphml?view=Supports", "view: unknown view 'Supports'")]
    [InlineData("/export/graphml?vew=collaboration", "vew: unknown argument")]
    [InlineData("/export/graphml?view=support&view=bipartite", "view: given more than once")]
    [InlineData("/export/json?area=policy", "area: the dataset formats")]
    [InlineData("/export/csv?view=bipartite", "view: the dataset formats")]
    public async Task GetExport_BadArgument_Is400NamingIt(string url, string message)
    {
        var response = await fixture.Server.SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Text.ShouldStartWith(message);
    }

    [Fact]
    public async Task GetExport_IfNoneMatchWithItsETag_Is304()
    {
        using var first = await fixture.Server.Client.GetAsync("/export/gexf?view=collaboration", TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/export/gexf?view=collaboration");
        again.Headers.IfNoneMatch.Add(etag);
        using var other = new HttpRequestMessage(HttpMethod.Get, "/export/gexf?view=support");
        other.Headers.IfNoneMatch.Add(etag);

        using var notModified = await fixture.Server.Client.SendAsync(again, TestContext.Current.CancellationToken);
        using var otherView = await fixture.Server.Client.SendAsync(other, TestContext.Current.CancellationToken);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        notModified.Headers.ETag.ShouldBe(etag);
        (await notModified.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
        otherView.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GetExport_JsonAndNodeLink_HaveDistinctFileNames()
    {
        using var json = await fixture.Server.Client.GetAsync("/export/json", TestContext.Current.CancellationToken);
        using var nodeLink = await fixture.Server.Client.GetAsync("/export/node-link", TestContext.Current.CancellationToken);

        var names = new[] { json, nodeLink }.Select(r => r.Content.Headers.ContentDisposition!.FileNameStar).ToList();
        names[0].ShouldBe(Lima.Dataset.Name + ".json");
        names[1].ShouldBe(Lima.Dataset.Name + "-support.node-link.json");
        ExportFormats.All.Values.Select(f => f.Extension).ShouldBeUnique();
    }

    [Fact]
    public async Task GetExport_SpanishDatasetName_ServesEveryFormatWithAnRfc6266FileName()
    {
        await using var server = new ServerUnderTest();
        const string name = "Reunión de Lima 2022 — “cooperación”";
        await server.DataAsync("mutation($c: String!) { importDataset(format: JSON, content: $c, mode: REPLACE) { version } }",
            new { c = DatasetJson.Serialize(Lima.Dataset with { Name = name }) }, ServerUnderTest.Key);

        foreach (var format in ExportFormats.All.Keys)
        {
            using var response = await server.Client.GetAsync($"/export/{format}?area=policy".Replace("?area=policy", ExportFormats.All[format].IsView ? "?area=policy" : "", StringComparison.Ordinal), TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, format);
            var disposition = response.Content.Headers.ContentDisposition!;
            disposition.FileNameStar.ShouldStartWith(name, Case.Sensitive, format);
            disposition.FileName!.Trim('"').ShouldStartWith("Reunion de Lima 2022 _ _cooperacion_", Case.Sensitive, format);
            response.Content.Headers.GetValues("Content-Disposition").Single().ShouldContain("filename*=UTF-8''Reuni%C3%B3n%20de%20Lima%202022");
        }
    }

    [Fact]
    public void Kumu_Collaboration_ConnectsElementIdsUndirected()
    {
        var view = NetworkView.Build(Analysis, ViewKind.Collaboration);
        var kumu = JsonDocument.Parse(KumuWriter.Write(view)).RootElement;

        var ids = kumu.GetProperty("elements").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToHashSet();
        var connections = kumu.GetProperty("connections").EnumerateArray().ToList();
        connections.ShouldAllBe(c => ids.Contains(c.GetProperty("from").GetString()) && ids.Contains(c.GetProperty("to").GetString()));
        connections.ShouldAllBe(c => c.GetProperty("direction").GetString() == "undirected");
        JsonDocument.Parse(KumuWriter.Write(NetworkView.Build(Analysis, ViewKind.Support))).RootElement.GetProperty("connections")
            .EnumerateArray().ShouldAllBe(c => c.GetProperty("direction").GetString() == "directed");
    }

    [Fact]
    public void Edges_EveryView_CarryTheirSubjectsNamesAndAreas()
    {
        foreach (var kind in Enum.GetValues<ViewKind>())
        {
            var view = NetworkView.Build(Analysis, kind);
            foreach (var edge in view.Edges)
            {
                var subjects = edge.Subjects.Select(id => Lima.Dataset.FindSubject(id)!).ToList();
                edge.SubjectNames.ShouldBe(subjects.Select(s => s.Name));
                edge.Areas.ShouldBe(subjects.Select(s => s.Area).Distinct());
            }

            var nodeLink = JsonDocument.Parse(NodeLinkWriter.Write(view)).RootElement.GetProperty("edges")[0];
            nodeLink.GetProperty("subjectNames")[0].GetString().ShouldBe(view.Edges[0].SubjectNames[0]);
            GraphMlWriter.Write(view).ShouldContain("attr.name=\"subjectNames\"");
            GexfWriter.Write(view).ShouldContain("title=\"areas\"");
            GephiCsvWriter.Edges(view).ShouldStartWith("Source,Target,Weight,Type,Kind,Subjects,SubjectNames,Areas\n");
        }
    }

    [Fact]
    public void Dot_EachView_HasLayoutHintsGraphvizRendersReadably()
    {
        DotWriter.Write(NetworkView.Build(Analysis, ViewKind.Support)).ShouldContain("graph [layout=neato, overlap=false, splines=true");
        DotWriter.Write(NetworkView.Build(Analysis, ViewKind.Collaboration)).ShouldContain("graph [layout=neato, overlap=false, splines=true");
        DotWriter.Write(NetworkView.Build(Analysis, ViewKind.Bipartite)).ShouldContain("graph [layout=dot, rankdir=LR");
    }

    /// <summary>Validation now refuses control characters, but a dataset stored before that must still export (no 500).</summary>
    [Fact]
    public void GraphMlAndGexf_ControlCharacterInStoredText_ExportWithAReplacementCharacter()
    {
        var dataset = Lima.Dataset with { Offices = [Lima.Dataset.Offices[0] with { Name = "Argen\u0001tina \uD800" }, .. Lima.Dataset.Offices.Skip(1)] };
        var view = NetworkView.Build(NetworkAnalysis.Of(dataset), ViewKind.Support);

        foreach (var xml in new[] { GraphMlWriter.Write(view), GexfWriter.Write(view) })
        {
            System.Xml.Linq.XDocument.Parse(xml).ToString().ShouldContain("Argen\uFFFDtina \uFFFD");
        }
    }

    [Fact]
    public void GephiNodes_FormulaInALabel_IsNeutralised()
    {
        var dataset = Lima.Dataset with { Offices = [Lima.Dataset.Offices[0] with { Name = "=HYPERLINK(\"http://evil.test\")" }, .. Lima.Dataset.Offices.Skip(1)] };

        var csv = GephiCsvWriter.Nodes(NetworkView.Build(NetworkAnalysis.Of(dataset), ViewKind.Support));

        csv.ShouldContain(",\"'=HYPERLINK(\"\"http://evil.test\"\")\",");
    }

    [Fact]
    public async Task RequireKeyForQueries_EveryReadEndpoint_RefusesAnonymousAndServesAKey()
    {
        await using var server = new ServerUnderTest(new Dictionary<string, string?> { ["GraphQL:RequireKeyForQueries"] = "true" });
        // Probes carry no dataset (static files, the page's and the console's, are not endpoints); everything else is a
        // read surface.
        string[] open = ["/health", "/ready"];
        var endpoints = server.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (Method: m, Pattern: "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Where(e => e.Method is "GET" or "POST" && !open.Contains(e.Pattern))
            .Distinct().ToList();
        endpoints.Select(e => e.Pattern).ShouldContain("/graphql");
        endpoints.Select(e => e.Pattern).ShouldContain("/export/{format}");
        endpoints.Select(e => e.Pattern).ShouldContain("/dataset/version");

        foreach (var (method, pattern) in endpoints)
        {
            foreach (var key in new string?[] { null, "wrong-key", ServerUnderTest.Key })
            {
                using var request = Request(method, pattern.Replace("{format}", "json", StringComparison.Ordinal), key);
                using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
                response.StatusCode.ShouldBe(key == ServerUnderTest.Key ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, $"{method} {pattern} with key {key}");
            }
        }
    }

    [Fact]
    public void ExportCommand_AreaAndSubject_AreHonouredOrRefused()
    {
        var scoped = CliRun.Of("export", "--data", RepoPaths.Lima, "--format", "node-link", "--view", "bipartite", "--area", "policy");
        var unknown = CliRun.Of("export", "--data", RepoPaths.Lima, "--format", "dot", "--subject", "nothing");
        var dataset = CliRun.Of("export", "--data", RepoPaths.Lima, "--format", "csv", "--area", "policy");
        var number = CliRun.Of("export", "--data", RepoPaths.Lima, "--format", "dot", "--view", "99");

        scoped.ExitCode.ShouldBe(0, scoped.Error);
        scoped.Output.ShouldBe(NodeLinkWriter.Write(NetworkView.Build(Analysis, ViewKind.Bipartite, area: "policy")));
        unknown.ExitCode.ShouldBe(2);
        unknown.Error.ShouldContain("--subject: no subject 'nothing'");
        dataset.ExitCode.ShouldBe(2);
        dataset.Error.ShouldContain("--area: the dataset formats");
        number.ExitCode.ShouldNotBe(0);
        number.Error.ShouldContain("99");
        number.Output.ShouldNotContain("digraph");
    }

    private static HttpRequestMessage Request(string method, string path, string? key)
    {
        var request = method == "POST"
            ? new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("{\"query\":\"{ dataset { version } }\"}", System.Text.Encoding.UTF8, "application/json") }
            : new HttpRequestMessage(HttpMethod.Get, path + (path == "/graphql" ? "?query=%7B%20dataset%20%7B%20version%20%7D%20%7D" : ""));
        if (key is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }

        return request;
    }

    private static string Edge(JsonElement e) =>
        $"{e.GetProperty("source").GetString()}>{e.GetProperty("target").GetString()}:{string.Join(' ', e.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()))}";
}
