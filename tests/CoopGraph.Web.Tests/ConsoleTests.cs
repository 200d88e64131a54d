using System.Text.Json;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>
/// The query console. These tests get a server of their own because one of them changes the data, which would move the
/// expectations of the tests sharing <see cref="WorkbenchGroup"/>'s server under their feet.
/// </summary>
public sealed class ConsoleTests(WorkbenchFixture fixture) : IClassFixture<WorkbenchFixture>
{
    [Fact]
    public async Task Console_RunQuery_ShowsItsResult()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("{ dataset { version } }");
        var version = data.GetProperty("dataset").GetProperty("version").GetString()!;
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(Console_RunQuery_ShowsItsResult), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-console");
            await page.FillAsync("#console-query", "{ dataset { version } }");
            await page.FillAsync("#console-variables", "{}");
            await page.ClickAsync("#console-run");
            await Assertions.Expect(page.Locator("#console-status")).ToContainTextAsync("HTTP 200");
            var shown = JsonDocument.Parse(await page.TextContentAsync("#console-result") ?? "null");
            shown.RootElement.GetProperty("data").GetProperty("dataset").GetProperty("version").GetString().ShouldBe(version);
        });
    }

    [Fact]
    public async Task Console_MutationWithKey_IsReflectedOnThePageAfterReload()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("""{ office(code: "HND") { name offers { subject { id } } } subjects { id name } }""");
        var offered = data.GetProperty("office").GetProperty("offers").EnumerateArray()
            .Select(o => o.GetProperty("subject").GetProperty("id").GetString()).ToHashSet();
        var subject = data.GetProperty("subjects").EnumerateArray().First(s => !offered.Contains(s.GetProperty("id").GetString()));
        var (subjectId, subjectName) = (subject.GetProperty("id").GetString()!, subject.GetProperty("name").GetString()!);
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(Console_MutationWithKey_IsReflectedOnThePageAfterReload), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-console");
            await page.FillAsync("#console-query", """
                mutation Add($input: OfferInput!) { addOffer(input: $input) { version } }
                """);
            await page.FillAsync("#console-variables", JsonSerializer.Serialize(new
            {
                input = new { office = "HND", subject = subjectId, source = "web test", confidence = "HIGH" },
            }));
            await page.FillAsync("#console-key", fixture.Server.ApiKey);
            await page.ClickAsync("#console-run");
            await Assertions.Expect(page.Locator("#console-result")).ToContainTextAsync("\"version\"");
            (await page.TextContentAsync("#console-result") ?? "").ShouldNotContain("\"errors\"");

            await session.GotoAsync();
            await page.SelectOptionAsync("#office-pick", "HND");
            await Assertions.Expect(page.Locator("#office-offers")).ToContainTextAsync(subjectName);
        });
    }

}
