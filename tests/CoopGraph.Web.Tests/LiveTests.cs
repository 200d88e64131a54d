using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>
/// Live after every edit: the page follows the dataset version whoever changes it. Its own server, because the test
/// changes the data.
/// </summary>
public sealed class LiveTests(WorkbenchFixture fixture) : IClassFixture<WorkbenchFixture>
{
    [Fact]
    public async Task Header_EditThroughTheApiFromOutsideThePage_FollowsWithinTwoSeconds()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture);
        var before = await fixture.Server.QueryAsync("{ dataset { version offerCount } }");
        var data = await fixture.Server.QueryAsync("""{ office(code: "HND") { offers { subject { id } } } subjects { id } }""");
        var offered = data.GetProperty("office").GetProperty("offers").EnumerateArray().Select(o => o.GetProperty("subject").GetProperty("id").GetString()).ToHashSet();
        var subject = data.GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("id").GetString()).First(s => !offered.Contains(s));

        await session.RunAsync(nameof(Header_EditThroughTheApiFromOutsideThePage_FollowsWithinTwoSeconds), async () =>
        {
            var page = session.Page;
            var header = page.Locator("#dataset-info");
            await Assertions.Expect(header).ToHaveAttributeAsync("data-version", before.GetProperty("dataset").GetProperty("version").GetString()!);

            var edit = await fixture.Server.QueryAsync(
                "mutation Add($input: OfferInput!) { addOffer(input: $input) { version } }",
                new { input = new { office = "HND", subject, source = "live test", confidence = "LOW" } },
                withKey: true);
            var version = edit.GetProperty("addOffer").GetProperty("version").GetString()!;

            var within = new LocatorAssertionsToHaveAttributeOptions { Timeout = 2_000 };
            await Assertions.Expect(header).ToHaveAttributeAsync("data-version", version, within);
            var offers = before.GetProperty("dataset").GetProperty("offerCount").GetInt32() + 1;
            await Assertions.Expect(header).ToContainTextAsync($"version {version}");
            await Assertions.Expect(header).ToContainTextAsync($"{offers} offers");
            await session.WaitForMapAsync();
        });
    }
}
