using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>The round picker and the Changes tab; every expectation is read from the API at test time.</summary>
[Collection(WorkbenchGroup.Name)]
public sealed class RoundsTests(WorkbenchFixture fixture)
{
    private const string Survey = "survey-2022-04";

    [Fact]
    public async Task RoundPicker_Survey_ShowsTheSurveysCountsAndEdges()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync($$"""
            {
              rounds { id latest requestCount offerCount }
              survey: network(round: "{{Survey}}") { edges { source } }
              latest: network { edges { source } }
            }
            """);
        var survey = data.Items("rounds").Single(r => r.Text("id") == Survey);
        survey.GetProperty("latest").GetBoolean().ShouldBeFalse("the survey must be an earlier round for the picker to change anything");
        var surveyEdges = data.GetProperty("survey").Items("edges").Count();
        var latestEdges = data.GetProperty("latest").Items("edges").Count();
        surveyEdges.ShouldNotBe(latestEdges, "the API gives the two rounds the same edges, so the test could not fail");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(RoundPicker_Survey_ShowsTheSurveysCountsAndEdges), async () =>
        {
            var page = session.Page;
            await Assertions.Expect(page.Locator("#round-info")).ToHaveAttributeAsync("data-round", data.Items("rounds").Single(r => r.GetProperty("latest").GetBoolean()).Text("id"));
            (await page.EvaluateAsync<int>("() => window.workbench.cy.edges().length")).ShouldBe(latestEdges);

            await page.SelectOptionAsync("#round-pick", Survey);
            await Assertions.Expect(page.Locator("#round-info")).ToHaveAttributeAsync("data-round", Survey);
            var requests = survey.GetProperty("requestCount").GetInt32().ToString(CultureInfo.InvariantCulture);
            await Assertions.Expect(page.Locator("#round-info")).ToContainTextAsync($"{requests} requests");
            await Assertions.Expect(page.Locator("#cy:not([aria-busy])")).ToHaveCountAsync(1);
            await session.WaitForMapAsync();
            (await page.EvaluateAsync<int>("() => window.workbench.cy.edges().length")).ShouldBe(surveyEdges);
        });
    }

    [Fact]
    public async Task ChangesTab_SurveyToMeeting_ListsEveryAddedEdgeWithItsReportLine()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync($$"""
            { compare(from: "{{Survey}}", to: "lima-2022-10") { added { role office subject line } withdrawn { office } } }
            """);
        var added = data.GetProperty("compare").Items("added")
            .Select(d => $"{d.Text("role")} {d.Text("office")} {d.Text("subject")} {d.GetProperty("line").GetInt32()}").ToArray();
        added.ShouldNotBeEmpty("the API reports no added edge, so the test has nothing to check");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(ChangesTab_SurveyToMeeting_ListsEveryAddedEdgeWithItsReportLine), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-changes");
            await Assertions.Expect(page.Locator("#changes-result")).ToHaveAttributeAsync("data-compared", $"{Survey}..lima-2022-10");
            var rows = await page.Locator("#changes-added tbody tr").EvaluateAllAsync<string[]>(
                "rows => rows.map(r => `${r.dataset.role} ${r.dataset.office} ${r.dataset.subject} ${r.querySelector('td.line').textContent}`)");
            rows.ShouldBe(added);
            await Assertions.Expect(page.Locator("#changes-withdrawn")).ToHaveCountAsync(data.GetProperty("compare").Items("withdrawn").Any() ? 1 : 0);
        });
    }

    [Fact]
    public async Task ChangesMap_SurveyToMeeting_DrawsGainedSolidThickAndLostDashed()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync($$"""
            {
              before: network(view: SUPPORT, round: "{{Survey}}") { edges { source target } }
              after: network(view: SUPPORT, round: "lima-2022-10") { edges { source target } }
            }
            """);
        static string[] Keys(JsonElement network) =>
            [.. network.Items("edges").Select(e => $"{e.Text("source")}>{e.Text("target")}")];
        var before = Keys(data.GetProperty("before"));
        var after = Keys(data.GetProperty("after"));
        var gained = after.Except(before).Order().ToArray();
        var lost = before.Except(after).Order().ToArray();
        gained.ShouldNotBeEmpty("the API gives the meeting no new support edge, so the test has nothing to check");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(ChangesMap_SurveyToMeeting_DrawsGainedSolidThickAndLostDashed), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-changes");
            await Assertions.Expect(page.Locator("#changes-result")).ToHaveAttributeAsync("data-compared", $"{Survey}..lima-2022-10");
            (await page.EvaluateAsync<string[]>("() => window.workbench.changes.edges('.gained').map(e => e.id()).sort()")).ShouldBe(gained);
            (await page.EvaluateAsync<string[]>("() => window.workbench.changes.edges('.lost').map(e => e.id()).sort()")).ShouldBe(lost);
            var styles = await page.EvaluateAsync<string[]>("""
                () => ['.gained', '.lost', '.kept'].map(c => { const e = window.workbench.changes.edges(c)[0];
                  return e ? `${e.style('line-style')} ${parseFloat(e.style('width'))}` : 'none'; })
                """);
            styles[0].ShouldBe("solid 4");
            styles[2].ShouldBe("solid 1");
            if (lost.Length > 0)
            {
                styles[1].ShouldStartWith("dashed");
            }

            await Assertions.Expect(page.Locator("#changes-legend")).ToContainTextAsync("dashed");
        });
    }
}
