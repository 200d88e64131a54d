using System.Text.Json;
using CoopGraph.Tests.Shared;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>The map's views, area filter, edge details and PNG export, checked against the API and the dataset file.</summary>
[Collection(WorkbenchGroup.Name)]
public sealed class MapTests(WorkbenchFixture fixture)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task ClickEdge_SupportView_ListsItsSubjectsWithTheOfferAndRequestBehindThem()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync(
            "{ network(view: SUPPORT) { edges { source target subjects } } offices(first: 500) { nodes { code name } } subjects { id name } }");
        var edges = data.GetProperty("network").Items("edges")
            .ToDictionary(e => (e.Text("source"), e.Text("target")), e => e.GetProperty("subjects").Strings());
        var offices = data.GetProperty("offices").Items("nodes").ToDictionary(o => o.Text("code"), o => o.Text("name"));
        var subjects = data.Items("subjects").ToDictionary(s => s.Text("id"), s => s.Text("name"));
        using var dataset = JsonDocument.Parse(await File.ReadAllTextAsync(RepoPaths.Lima, TestContext.Current.CancellationToken));
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(ClickEdge_SupportView_ListsItsSubjectsWithTheOfferAndRequestBehindThem), async () =>
        {
            var page = session.Page;
            var (source, target) = await session.ClickEdgeAsync();
            edges.ShouldContainKey((source, target), "the clicked edge is one of the API's support edges");
            await Assertions.Expect(page.Locator("#details-title")).ToHaveTextAsync($"{offices[source]} → {offices[target]}");
            var items = (await page.EvaluateAsync<JsonElement>(
                "() => [...document.querySelectorAll('#edge-subjects > li')].map(li => [li.dataset.subject, li.textContent])"))
                .EnumerateArray().Select(i => i.Strings()).ToList();

            items.Select(i => i[0]).ShouldBe(edges[(source, target)], ignoreOrder: true);
            foreach (var (subject, text) in items.Select(i => (i[0], i[1])))
            {
                var offer = Row(dataset, "offers", source, subject);
                var request = Row(dataset, "requests", target, subject);
                text.ShouldContain(subjects[subject]);
                text.ShouldContain($"({offer.Text("source")}, {offer.Text("confidence").ToLowerInvariant()} confidence); {offices[target]} requests");
                text.ShouldContain($"requests {subjects[subject]} ({request.Text("source")}, {request.Text("confidence").ToLowerInvariant()} confidence)");
            }
        });
    }

    [Theory]
    [InlineData("SUPPORT")]
    [InlineData("COLLABORATION")]
    public async Task AreaFilter_ChosenArea_LeavesOnlyTheApisNetworkOfThatArea(string view)
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        const string query = """
            query($view: View, $area: ID) { network(view: $view, area: $area) { nodes { id } edges { source target subjects } } }
            """;
        var all = await fixture.Server.QueryAsync(query, new { view });
        var areas = (await fixture.Server.QueryAsync("{ areas { id subjects { id } } }")).Items("areas").ToList();
        var filtered = new List<(JsonElement Area, JsonElement Network)>();
        foreach (var area in areas)
        {
            filtered.Add((area, (await fixture.Server.QueryAsync(query, new { view, area = area.Text("id") })).GetProperty("network")));
        }

        // The area that keeps the most edges while still leaving some out, so the filter visibly changes the map.
        var allEdges = all.GetProperty("network").GetProperty("edges").GetArrayLength();
        var (chosen, expected) = filtered.Where(f => f.Network.GetProperty("edges").GetArrayLength() is var n && n > 0 && n < allEdges)
            .MaxBy(f => f.Network.GetProperty("edges").GetArrayLength());
        chosen.ValueKind.ShouldBe(JsonValueKind.Object, $"no area filters the {view} view, so the test has nothing to check");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync($"{nameof(AreaFilter_ChosenArea_LeavesOnlyTheApisNetworkOfThatArea)}-{view}", async () =>
        {
            var page = session.Page;
            await page.SelectOptionAsync("#view", view);
            await session.WaitForMapAsync();
            await page.SelectOptionAsync("#area", chosen.Text("id"));
            await session.WaitForMapAsync();

            var nodes = await page.EvaluateAsync<string[]>("() => window.workbench.cy.nodes().map(n => n.id())");
            nodes.ShouldBe(expected.Items("nodes").Select(n => n.Text("id")), ignoreOrder: true);
            var drawn = await page.EvaluateAsync<string[]>(
                "() => window.workbench.cy.edges().map(e => `${e.data('source')}>${e.data('target')}:${[...e.data('subjects')].sort().join(',')}`)");
            drawn.ShouldBe(expected.Items("edges").Select(EdgeKey), ignoreOrder: true);
            // The export buttons download what the map shows.
            var href = await page.GetAttributeAsync("#export-cytoscape", "href");
            href.ShouldBe($"export/cytoscape?view={view.ToLowerInvariant()}&area={chosen.Text("id")}");
            var exported = await page.EvaluateAsync<string[]>(
                "async (url) => (await (await fetch(url)).json()).elements.edges.map(e => `${e.data.source}>${e.data.target}:${[...e.data.subjects].sort().join(',')}`)", href);
            exported.ShouldBe(expected.Items("edges").Select(EdgeKey), ignoreOrder: true);
            var subjectOptions = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('#subject option')].map(o => o.value).filter(Boolean)");
            subjectOptions.ShouldBe(
                chosen.Items("subjects").Select(s => s.Text("id")), ignoreOrder: true, "the subject filter offers the area's subjects");
        });
    }

    [Fact]
    public async Task BipartiteView_Chosen_ShowsTheApisOfficeAndSubjectNodes()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("{ network(view: BIPARTITE) { nodes { id kind } edges { source target kind } } }");
        var network = data.GetProperty("network");
        string[] OfKind(string kind) => [.. network.Items("nodes").Where(n => n.Text("kind") == kind).Select(n => n.Text("id"))];
        var (officeNodes, subjectNodes) = (OfKind("OFFICE"), OfKind("SUBJECT"));
        officeNodes.ShouldNotBeEmpty();
        subjectNodes.ShouldNotBeEmpty();
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(BipartiteView_Chosen_ShowsTheApisOfficeAndSubjectNodes), async () =>
        {
            var page = session.Page;
            await page.SelectOptionAsync("#view", "BIPARTITE");
            await session.WaitForMapAsync();

            var drawnOffices = await page.EvaluateAsync<string[]>("() => window.workbench.cy.nodes('.office').map(n => n.id())");
            drawnOffices.ShouldBe(officeNodes, ignoreOrder: true);
            var drawnSubjects = await page.EvaluateAsync<string[]>("() => window.workbench.cy.nodes('.subject').map(n => n.id())");
            drawnSubjects.ShouldBe(subjectNodes, ignoreOrder: true);
            (await page.EvaluateAsync<int>("() => window.workbench.cy.nodes().length")).ShouldBe(officeNodes.Length + subjectNodes.Length);
            var drawn = await page.EvaluateAsync<string[]>(
                "() => window.workbench.cy.edges().map(e => `${e.data('source')}>${e.data('target')}:${e.data('kind')}`)");
            drawn.ShouldBe(network.Items("edges").Select(e => $"{e.Text("source")}>{e.Text("target")}:{e.Text("kind")}"), ignoreOrder: true);
        });
    }

    [Fact]
    public async Task ExportPng_Clicked_DownloadsAPngOfTheWholeMap()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(ExportPng_Clicked_DownloadsAPngOfTheWholeMap), async () =>
        {
            var page = session.Page;
            var graph = await page.EvaluateAsync<float[]>("() => { const b = window.workbench.cy.elements().boundingBox(); return [b.w, b.h]; }");
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-png"));
            download.SuggestedFilename.ShouldEndWith(".png");
            var png = await File.ReadAllBytesAsync(await download.PathAsync(), TestContext.Current.CancellationToken);

            png.Take(PngSignature.Length).ShouldBe(PngSignature, "the PNG signature");
            System.Text.Encoding.ASCII.GetString(png, 12, 4).ShouldBe("IHDR");
            var (width, height) = (BigEndian(png, 16), BigEndian(png, 20));
            TestContext.Current.SendDiagnosticMessage($"PNG {width}×{height}, {png.Length} bytes; graph {graph[0]}×{graph[1]}");
            // The whole graph (full: true) at scale 2, not the visible viewport and not an empty canvas.
            width.ShouldBeInRange((int)(graph[0] * 2) - 4, (int)(graph[0] * 2) + 4);
            height.ShouldBeInRange((int)(graph[1] * 2) - 4, (int)(graph[1] * 2) + 4);
            png.Length.ShouldBeGreaterThan(10_000, "a map with every office drawn");
        });
    }

    /// <summary>The dataset file's offer or request row of an office on a subject (the file has at most one).</summary>
    private static JsonElement Row(JsonDocument dataset, string kind, string office, string subject)
    {
        var rows = dataset.RootElement.Items(kind).Where(r => r.Text("office") == office && r.Text("subject") == subject).ToList();
        rows.Count.ShouldBe(1, $"{kind} rows of {office} on {subject} in the dataset");
        return rows[0];
    }

    private static string EdgeKey(JsonElement edge) =>
        $"{edge.Text("source")}>{edge.Text("target")}:{string.Join(',', edge.GetProperty("subjects").Strings().Order(StringComparer.Ordinal))}";

    private static int BigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
