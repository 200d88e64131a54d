using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>
/// The answers issue #12 found misleading (badges, statuses, fragile rows, the isolated card, bare provenance codes, the
/// what-if list, the size of nodes), each checked against the API's own words.
/// </summary>
[Collection(WorkbenchGroup.Name)]
public sealed class TruthfulAnswersTests(WorkbenchFixture fixture)
{
    [Fact]
    public async Task OfficePanel_Honduras_BadgesItsOwnStatusAndLabelsTheSubjectWideOneApart()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("""
            { office(code: "HND") { requests { subject { id statusLabel } standing { label } } } }
            """);
        var requests = data.GetProperty("office").Items("requests").ToList();
        requests.ShouldContain(r => r.GetProperty("subject").Text("statusLabel") != r.GetProperty("standing").Text("label"),
            "Honduras has a request whose own status differs from the subject's worst one, so the test can tell them apart");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(OfficePanel_Honduras_BadgesItsOwnStatusAndLabelsTheSubjectWideOneApart), async () =>
        {
            var page = session.Page;
            await page.SelectOptionAsync("#office-pick", "HND");
            await Assertions.Expect(page.Locator("#details-title")).ToContainTextAsync("Honduras");
            foreach (var request in requests)
            {
                var item = page.Locator($"#office-requests > li[data-subject='{request.GetProperty("subject").Text("id")}']");
                await Assertions.Expect(item.Locator(".own-status")).ToHaveTextAsync(Words(request.GetProperty("standing").Text("label")));
                await Assertions.Expect(item.Locator(".subject-status")).ToHaveTextAsync(
                    $"all requesters: {Words(request.GetProperty("subject").Text("statusLabel"))}");
            }

            // The badges agree with the office's own summary: no request badged plain "unmet" while "Unmet requests" says none.
            var unmet = await page.TextContentAsync("#office-unmet");
            if (unmet == "none")
            {
                (await page.Locator("#office-requests .own-status.status-unmet:not(.cross-cutting)").CountAsync()).ShouldBe(0);
            }
        });
    }

    [Fact]
    public async Task OfficePanel_Chile_GivesItsStandingInWordsInsteadOfNoSupport()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("""
            { officeStandings { offices { office { code } supporters reasons { text } } } }
            """);
        var chile = data.GetProperty("officeStandings").Items("offices").Single(o => o.GetProperty("office").Text("code") == "CHL");
        chile.GetProperty("supporters").GetInt32().ShouldBeGreaterThan(1, "Chile has supporters, so \"no support\" would mislead");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(OfficePanel_Chile_GivesItsStandingInWordsInsteadOfNoSupport), async () =>
        {
            var page = session.Page;
            await page.SelectOptionAsync("#office-pick", "CHL");
            await Assertions.Expect(page.Locator("#details-title")).ToContainTextAsync("Chile");
            foreach (var reason in chile.Items("reasons"))
            {
                await Assertions.Expect(page.Locator("#office-standing")).ToContainTextAsync(reason.Text("text"));
            }

            (await page.TextContentAsync("#details"))!.ShouldNotContain("no support");
        });
    }

    [Fact]
    public async Task StatusVocabulary_CrossCuttingSubject_ReadsTheSameInMatchesNeedsAndTheLegend()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("""
            { subjects { id crossCutting statusLabel offerers { code } }
              __type(name: "NeedStatus") { enumValues { name description } } }
            """);
        var crossCutting = data.Items("subjects").First(s => s.GetProperty("crossCutting").GetBoolean() && s.GetProperty("offerers").GetArrayLength() == 0);
        var id = crossCutting.Text("id");
        var label = Words(crossCutting.Text("statusLabel"));
        var meanings = data.GetProperty("__type").Items("enumValues").Select(v => v.Text("description")).ToList();
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(StatusVocabulary_CrossCuttingSubject_ReadsTheSameInMatchesNeedsAndTheLegend), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-matches");
            await Assertions.Expect(page.Locator($"table.matches tr[data-subject='{id}'] .status")).ToHaveTextAsync(label);

            await page.ClickAsync("#tab-needs");
            await Assertions.Expect(page.Locator($"table.needs tr[data-subject='{id}'] .status")).ToHaveTextAsync(label);
            var legend = page.Locator("#needs-legend");
            foreach (var meaning in meanings)
            {
                await Assertions.Expect(legend).ToContainTextAsync(meaning);
            }

            await Assertions.Expect(legend).ToContainTextAsync("cross-cutting");
        });
    }

    [Fact]
    public async Task NeedsTab_FragileSubject_NamesTheExposedRequesterAndWhy()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("""
            { unmetNeeds { subject { id } status offerers { code } exposed { explanation } } }
            """);
        var fragile = data.Items("unmetNeeds").First(n => n.Text("status") == "FRAGILE" && n.GetProperty("offerers").GetArrayLength() > 1);
        var id = fragile.GetProperty("subject").Text("id");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(NeedsTab_FragileSubject_NamesTheExposedRequesterAndWhy), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-needs");
            var row = page.Locator($"table.needs tr[data-subject='{id}']");
            foreach (var exposed in fragile.Items("exposed"))
            {
                await Assertions.Expect(row.Locator(".exposed")).ToContainTextAsync(exposed.Text("explanation"));
            }

            (await page.TextContentAsync("#panel-needs"))!.ShouldNotContain("one offerer");
        });
    }

    [Fact]
    public async Task IsolatedCard_Lima_GivesReasonsInWordsRanksWeakTiesAndSetsApartThoseWhoDidNotTakePart()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("""
            { officeStandings { offices { office { code name } standing supporters reasons { text } } } }
            """);
        var standings = data.GetProperty("officeStandings").Items("offices").ToList();
        var absent = standings.Where(s => s.Text("standing") == "DID_NOT_TAKE_PART").ToList();
        var weak = standings.Where(s => s.Text("standing") == "WEAK_TIES").Select(s => s.GetProperty("office").Text("code")).ToList();
        absent.ShouldNotBeEmpty("Lima has an office that did not take part");
        weak.Count.ShouldBeGreaterThan(1, "Lima has offices with weak ties to rank");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(IsolatedCard_Lima_GivesReasonsInWordsRanksWeakTiesAndSetsApartThoseWhoDidNotTakePart), async () =>
        {
            var page = session.Page;
            var card = page.Locator("#isolated");
            foreach (var office in absent)
            {
                await Assertions.Expect(card.Locator("#standing-absent")).ToContainTextAsync(office.GetProperty("office").Text("name"));
                (await card.Locator($"#standing-list li[data-office='{office.GetProperty("office").Text("code")}']").CountAsync()).ShouldBe(0);
            }

            foreach (var office in standings.Where(s => s.Text("standing") is "ISOLATED" or "WEAK_TIES" or "UNMET_NEEDS"))
            {
                var item = card.Locator($"#standing-list li[data-office='{office.GetProperty("office").Text("code")}']");
                foreach (var reason in office.Items("reasons"))
                {
                    await Assertions.Expect(item).ToContainTextAsync(reason.Text("text"));
                }
            }

            var shownWeak = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#standing-list li[data-standing=WEAK_TIES]')].map(li => li.dataset.office)");
            shownWeak.ShouldBe(weak.ToArray(), "weak ties in the API rank order");
            (await card.TextContentAsync())!.ShouldNotContain("no support");
        });
    }

    [Fact]
    public async Task ClickEdge_SupportView_ShowsTheServersJustificationInWords()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(ClickEdge_SupportView_ShowsTheServersJustificationInWords), async () =>
        {
            var (source, target) = await session.ClickEdgeAsync();
            var data = await fixture.Server.QueryAsync(
                "query($from: String!, $to: String!) { supportLink(from: $from, to: $to) { subjects { subject { id } justification } } }",
                new { from = source, to = target });
            var subjects = data.GetProperty("supportLink").Items("subjects").ToList();
            subjects.ShouldNotBeEmpty();
            foreach (var subject in subjects)
            {
                await Assertions.Expect(session.Page.Locator($"#edge-subjects > li[data-subject='{subject.GetProperty("subject").Text("id")}']"))
                    .ToContainTextAsync(subject.Text("justification"));
            }
        });
    }

    [Fact]
    public async Task PathPicker_BrazilToHonduras_ShowsEachHopsJustificationInWords()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync(
            """{ paths(from: "BRA", to: "HND", k: 2) { paths { hops { subjects { justification } } } } }""");
        var justifications = data.GetProperty("paths").Items("paths").SelectMany(p => p.Items("hops"))
            .SelectMany(h => h.Items("subjects")).Select(s => s.Text("justification")).Distinct().ToList();
        justifications.ShouldNotBeEmpty();
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(PathPicker_BrazilToHonduras_ShowsEachHopsJustificationInWords), async () =>
        {
            var page = session.Page;
            await page.SelectOptionAsync("#path-from", "BRA");
            await page.SelectOptionAsync("#path-to", "HND");
            await page.FillAsync("#path-k", "2");
            await page.ClickAsync("#path-form button[type=submit]");
            foreach (var justification in justifications)
            {
                await Assertions.Expect(page.Locator("#path-list")).ToContainTextAsync(justification);
            }
        });
    }

    [Fact]
    public async Task WhatIf_RemoveBrazil_GroupsLossesShowsCentralityChangesAndStylesApartFromPathsAndSelection()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("""
            { whatIf(removeOffices: ["BRA"]) { supporterChanges { office lost } centralityDeltas { office pageRank } } }
            """);
        var losers = data.GetProperty("whatIf").Items("supporterChanges").Where(c => c.GetProperty("lost").Strings().Contains("BRA")).ToList();
        losers.Count.ShouldBeGreaterThan(1, "several offices lose Brazil, so grouping has something to group");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(WhatIf_RemoveBrazil_GroupsLossesShowsCentralityChangesAndStylesApartFromPathsAndSelection), async () =>
        {
            var page = session.Page;
            await page.Locator("#whatif-offices input[value=BRA]").CheckAsync();
            await page.ClickAsync("#whatif-form button[type=submit]");
            var group = page.Locator("#whatif-lost-supporters > li[data-supporter=BRA]");
            await Assertions.Expect(group).ToContainTextAsync($"{losers.Count} offices");
            (await page.Locator("#whatif-result li").AllTextContentsAsync()).Count(t => t.Contains("loses Brazil", StringComparison.Ordinal)).ShouldBe(0);
            await Assertions.Expect(page.Locator("#whatif-centrality tbody tr").First).ToBeVisibleAsync();

            // What-if, a selected path and a selection are three meanings: three styles.
            var styles = await page.EvaluateAsync<string[]>("""
                () => { const cy = window.workbench.cy, n = cy.nodes('.office').first();
                  const read = () => n.style('border-color') + ' ' + n.style('background-color');
                  n.removeClass('whatif on-path dimmed'); n.unselect();
                  n.addClass('whatif'); const whatIf = read(); n.removeClass('whatif');
                  n.addClass('on-path'); const path = read(); n.removeClass('on-path');
                  n.select(); const selected = read(); n.unselect();
                  return [whatIf, path, selected]; }
                """);
            styles.Distinct().Count().ShouldBe(3, string.Join(" | ", styles));
            var marked = await page.EvaluateAsync<string[]>("() => window.workbench.cy.nodes('.whatif').map(n => n.id())");
            marked.ShouldNotBeEmpty();
        });
    }

    [Fact]
    public async Task SizeBy_Default_IsHowManyOfficesItCanHelpAndTheLegendSaysSo()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(SizeBy_Default_IsHowManyOfficesItCanHelpAndTheLegendSaysSo), async () =>
        {
            var page = session.Page;
            var chosen = await page.EvaluateAsync<string>("() => document.querySelector('#size-by').selectedOptions[0].textContent");
            chosen.ShouldStartWith("Can help N offices");
            await Assertions.Expect(page.Locator("#size-legend")).ToContainTextAsync("size: how many offices it can help");
            await page.SelectOptionAsync("#size-by", "PAGE_RANK");
            await Assertions.Expect(page.Locator("#size-legend")).ToContainTextAsync("PageRank");
        });
    }

    /// <summary>How the page writes a status label for people: lower case, words.</summary>
    private static string Words(string label) => label.ToLowerInvariant().Replace('_', ' ');
}
