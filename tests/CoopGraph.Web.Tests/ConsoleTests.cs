using System.Text.Json;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>
/// The GraphQL console (GraphiQL) in the page's Console tab and at <c>GET /graphql</c>. These tests get a server of
/// their own because one of them changes the data, which would move the expectations of the tests sharing
/// <see cref="WorkbenchGroup"/>'s server under their feet.
/// </summary>
public sealed class ConsoleTests(WorkbenchFixture fixture) : IClassFixture<WorkbenchFixture>
{
    private const string QueryEditor = ".graphiql-query-editor .CodeMirror";
    private const string VariablesEditor = ".graphiql-editor-tool .CodeMirror";
    private const string ResultEditor = ".graphiql-response .CodeMirror";

    [Fact]
    public async Task Console_TypingInTheEditor_AutocompleteOffersASchemaField()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(Console_TypingInTheEditor_AutocompleteOffersASchemaField), async () =>
        {
            var page = session.Page;
            await OpenTabAsync(page);
            await SetEditorAsync(page, QueryEditor, "");
            await page.ClickAsync(QueryEditor);
            await page.Keyboard.TypeAsync("{ isola");

            // The hint comes from the server's schema (introspection), not from a list in the page.
            await Assertions.Expect(page.Locator(".CodeMirror-hints li", new() { HasTextString = "isolatedOffices" })).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Console_RunQuery_ShowsItsResultAndTheExamplesArePresets()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("{ dataset { version } }");
        var version = data.GetProperty("dataset").GetProperty("version").GetString()!;
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(Console_RunQuery_ShowsItsResultAndTheExamplesArePresets), async () =>
        {
            var page = session.Page;
            await OpenTabAsync(page);
            (await page.Locator("#console-example option").CountAsync()).ShouldBeGreaterThan(5);
            await page.SelectOptionAsync("#console-example", new SelectOptionValue { Label = "Unmet and fragile needs" });
            await page.WaitForFunctionAsync("s => document.querySelector(s).CodeMirror.getValue().includes('query UnmetAndFragileNeeds')", QueryEditor);

            await SetEditorAsync(page, QueryEditor, "query Version { dataset { version } }");
            var shown = await RunAsync(page, "Version");

            shown.GetProperty("data").GetProperty("dataset").GetProperty("version").GetString().ShouldBe(version);
        });
    }

    [Fact]
    public async Task Console_MutationWithTheKey_ChangesTheDataAndThePageFollows()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("""{ office(code: "HND") { name offers { subject { id } } } subjects { id name } }""");
        var offered = data.GetProperty("office").GetProperty("offers").EnumerateArray()
            .Select(o => o.GetProperty("subject").GetProperty("id").GetString()).ToHashSet();
        var subject = data.GetProperty("subjects").EnumerateArray().First(s => !offered.Contains(s.GetProperty("id").GetString()));
        var (subjectId, subjectName) = (subject.GetProperty("id").GetString()!, subject.GetProperty("name").GetString()!);
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(Console_MutationWithTheKey_ChangesTheDataAndThePageFollows), async () =>
        {
            var page = session.Page;
            await OpenTabAsync(page);
            await page.FillAsync("#console-key", fixture.Server.ApiKey);
            await SetEditorAsync(page, QueryEditor, "mutation Add($input: OfferInput!) { addOffer(input: $input) { version changed } }");
            await SetEditorAsync(page, VariablesEditor, JsonSerializer.Serialize(new
            {
                input = new { office = "HND", subject = subjectId, source = "web test", confidence = "HIGH" },
            }));
            var shown = await RunAsync(page, "Add");

            shown.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
            var added = shown.GetProperty("data").GetProperty("addOffer");
            added.GetProperty("changed").GetBoolean().ShouldBeTrue();
            var newVersion = added.GetProperty("version").GetString()!;
            await Assertions.Expect(page.Locator("#dataset-info")).ToHaveAttributeAsync("data-version", newVersion);
            await page.ClickAsync("#tab-map");
            await page.SelectOptionAsync("#office-pick", "HND");
            await Assertions.Expect(page.Locator("#office-offers")).ToContainTextAsync(subjectName);
        });
    }

    [Fact]
    public async Task Console_DocsButton_OpensTheDocsExplorerOnTheSchema()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(Console_DocsButton_OpensTheDocsExplorerOnTheSchema), async () =>
        {
            var page = session.Page;
            await OpenTabAsync(page);
            await page.ClickAsync("button[aria-label='Show Documentation Explorer']");

            var docs = page.Locator(".graphiql-doc-explorer");
            await Assertions.Expect(docs).ToBeVisibleAsync();
            await docs.Locator("a.graphiql-doc-explorer-type-name", new() { HasTextString = "Query" }).First.ClickAsync();
            await Assertions.Expect(docs).ToContainTextAsync("isolatedOffices");
        });
    }

    [Fact]
    public async Task ConsolePage_BrowserAtGraphql_IsGraphiQLRunningQueriesUnderTheCsp()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture);
        var page = session.Page;
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);

        await session.RunAsync(nameof(ConsolePage_BrowserAtGraphql_IsGraphiQLRunningQueriesUnderTheCsp), async () =>
        {
            await page.GotoAsync(fixture.Server.BaseAddress + "graphql");
            await page.WaitForSelectorAsync(QueryEditor);
            await SetEditorAsync(page, QueryEditor, "query Count { dataset { officeCount } }");
            var shown = await RunAsync(page, "Count");

            shown.GetProperty("data").GetProperty("dataset").GetProperty("officeCount").GetInt32().ShouldBeGreaterThan(0);
            problems.ShouldBeEmpty();
            session.RequestedUrls.ShouldAllBe(u => u.StartsWith(fixture.Server.BaseAddress.ToString(), StringComparison.Ordinal) || u.StartsWith("data:", StringComparison.Ordinal));
        });
    }

    private static async Task OpenTabAsync(IPage page)
    {
        await page.ClickAsync("#tab-console");
        await page.WaitForSelectorAsync(QueryEditor);
        // The schema is fetched by introspection when GraphiQL starts; the docs and completion wait for it.
        await page.WaitForFunctionAsync("() => !document.querySelector('.graphiql-spinner')");
    }

    /// <summary>Replaces an editor's text through CodeMirror's own API (what a paste does).</summary>
    private static async Task SetEditorAsync(IPage page, string editor, string text) =>
        await page.EvalOnSelectorAsync(editor, "(e, text) => e.CodeMirror.setValue(text)", text);

    /// <summary>
    /// Runs the query once GraphiQL has read its operation (it takes the operation name from the editor a moment after a
    /// change and keeps it on the CodeMirror instance) and returns the JSON shown in the response pane.
    /// </summary>
    private static async Task<JsonElement> RunAsync(IPage page, string operation)
    {
        await page.WaitForFunctionAsync("([s, op]) => document.querySelector(s).CodeMirror.operationName === op", new object[] { QueryEditor, operation });
        await page.EvalOnSelectorAsync(ResultEditor, "e => e.CodeMirror.setValue('')");
        await page.ClickAsync(".graphiql-execute-button");
        await page.WaitForFunctionAsync("s => document.querySelector(s).CodeMirror.getValue().trim().startsWith('{')", ResultEditor);
        var text = await page.EvalOnSelectorAsync<string>(ResultEditor, "e => e.CodeMirror.getValue()");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
