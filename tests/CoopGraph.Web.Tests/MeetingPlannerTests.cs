using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>
/// The "Meeting planner" tab and the map's colour-by control. A solve under a wall-clock limit may differ between two
/// runs on a loaded machine, so the plan tests read their expectations from the very answer the page received.
/// </summary>
[Collection(WorkbenchGroup.Name)]
public sealed class MeetingPlannerTests(WorkbenchFixture fixture)
{
    private static readonly string[] Figures = ["encounters", "interestSeats", "uselessSeats", "repeatedPairs", "imbalance", "objective"];
    private static readonly string[] Sides = ["requesters", "offerers"];

    [Fact]
    public async Task WorldCafe_Planned_TimetableSeatsEveryOfficeOncePerRoundWithTheApisFigures()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var defaults = await ArgumentDefaultsAsync("worldCafe");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(WorldCafe_Planned_TimetableSeatsEveryOfficeOncePerRoundWithTheApisFigures), async () =>
        {
            var page = session.Page;
            await OpenTabAsync(page);
            foreach (var (input, argument) in new[] { ("#cafe-rounds", "rounds"), ("#cafe-seats", "seats"), ("#cafe-time", "timeLimitSeconds") })
            {
                Parse(await page.InputValueAsync(input)).ShouldBe(Parse(defaults[argument]), $"{input} shows the API's default");
            }

            await page.FillAsync("#cafe-time", "2");

            var plan = await PlanAsync(page);

            var rounds = plan.GetProperty("rounds").GetInt32();
            var offices = plan.GetProperty("offices").Strings();
            offices.ShouldNotBeEmpty();
            var seated = await page.EvaluateAsync<string[][]>("""
                () => [...document.querySelectorAll('#cafe-timetable tbody tr')]
                  .map(tr => [...tr.querySelectorAll('li[data-code]')].map(li => li.dataset.code))
                """);
            seated.Length.ShouldBe(rounds);
            foreach (var round in seated)
            {
                round.ShouldBe(offices, ignoreOrder: true, "every participating office sits exactly once in every round");
            }

            var cells = await page.EvaluateAsync<string[][]>("""
                () => [...document.querySelectorAll('#cafe-timetable tbody tr')].flatMap(tr => [...tr.querySelectorAll('td[data-table]')]
                  .map(td => [tr.dataset.round, td.dataset.table, td.dataset.subject]))
                """);
            cells.Select(c => string.Join('/', c)).ShouldBe(
                plan.Items("timetable").Select(t => $"{t.GetProperty("round").GetInt32()}/{t.GetProperty("table").GetInt32()}/{t.Text("subject")}"),
                ignoreOrder: true);

            foreach (var figure in Figures)
            {
                var row = page.Locator($"#cafe-figures tr[data-figure={figure}]");
                (await row.Locator("td.plan").TextContentAsync()).ShouldBe(Number(plan.GetProperty("figures").GetProperty(figure)), figure);
                var baseline = plan.GetProperty("baseline");
                if (baseline.ValueKind != JsonValueKind.Null)
                {
                    (await row.Locator("td.baseline").TextContentAsync()).ShouldBe(Number(baseline.GetProperty(figure)), $"baseline {figure}");
                }
            }

            var solver = plan.GetProperty("solver");
            (await page.GetAttributeAsync("#cafe-solver dd[data-field=status]", "data-value")).ShouldBe(solver.Text("status"));
            (await page.TextContentAsync("#cafe-solver dd[data-field=objective]")).ShouldBe(Number(solver.GetProperty("objective")));
            var bound = solver.GetProperty("bound");
            (await page.TextContentAsync("#cafe-solver dd[data-field=bound]")).ShouldBe(
                bound.ValueKind == JsonValueKind.Null ? "not proven in the time" : Number(bound));
            var gap = solver.GetProperty("gap");
            if (gap.ValueKind != JsonValueKind.Null)
            {
                (await page.TextContentAsync("#cafe-solver dd[data-field=gap]"))!.ShouldStartWith(Percent(gap.GetDouble()));
            }

            (await page.Locator("article.itinerary").CountAsync()).ShouldBe(plan.Items("itineraries").Count());
        });
    }

    [Fact]
    public async Task WorldCafe_FacilitatorSheet_ShowsTheRequestersAndOfferersOfItsSubject()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var names = (await fixture.Server.QueryAsync("{ offices(first: 500) { nodes { code name } } }"))
            .GetProperty("offices").Items("nodes").ToDictionary(o => o.Text("code"), o => o.Text("name"));
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(WorldCafe_FacilitatorSheet_ShowsTheRequestersAndOfferersOfItsSubject), async () =>
        {
            var page = session.Page;
            await OpenTabAsync(page);
            await page.FillAsync("#cafe-time", "2");

            var plan = await PlanAsync(page);

            var tables = plan.Items("timetable").ToList();
            (await page.Locator("article.sheet").CountAsync()).ShouldBe(tables.Count, "one sheet per table and round");
            // The table with the most requesters and offerers, so the check compares non-empty lists.
            var table = tables.OrderByDescending(t => t.GetProperty("requesters").GetArrayLength() + t.GetProperty("offerers").GetArrayLength()).First();
            table.GetProperty("offerers").GetArrayLength().ShouldBeGreaterThan(0, "no table seats an offerer, so the test has nothing to check");
            var sheet = page.Locator(
                $"article.sheet[data-round='{table.GetProperty("round").GetInt32()}'][data-table='{table.GetProperty("table").GetInt32()}']");
            (await sheet.GetAttributeAsync("data-subject")).ShouldBe(table.Text("subject"));
            var subjectName = plan.Items("subjects").Single(s => s.Text("id") == table.Text("subject")).Text("name");
            (await sheet.Locator("h4").TextContentAsync())!.ShouldEndWith(subjectName);
            foreach (var side in Sides)
            {
                var shown = (await sheet.Locator($"dd.{side}").TextContentAsync())!;
                var expected = table.GetProperty(side).Strings().Select(c => names[c]).ToList();
                (shown == "none" ? [] : shown.Split(", ")).ShouldBe(expected, ignoreOrder: true, side);
            }

            var offers = table.Items("offers").ToList();
            (await sheet.Locator("ul.offers li").CountAsync()).ShouldBe(offers.Count);
            foreach (var offer in offers.Where(o => o.GetProperty("wording").ValueKind == JsonValueKind.String))
            {
                await Assertions.Expect(sheet.Locator($"ul.offers li[data-code='{offer.Text("office")}']")).ToContainTextAsync(offer.Text("wording"));
            }
        });
    }

    [Fact]
    public async Task WorldCafe_Printed_PutsEverySheetAndItineraryOnItsOwnA4Page()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(WorldCafe_Printed_PutsEverySheetAndItineraryOnItsOwnA4Page), async () =>
        {
            var page = session.Page;
            await OpenTabAsync(page);
            await page.FillAsync("#cafe-time", "2");
            var plan = await PlanAsync(page);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

            await Assertions.Expect(page.Locator("#panel-meeting")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#panel-matches")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("#cafe-form")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("#portfolio-result")).ToBeHiddenAsync();
            var breaks = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('article.sheet, article.itinerary')].map(a => getComputedStyle(a).breakBefore)");
            breaks.Length.ShouldBe(plan.Items("timetable").Count() + plan.Items("itineraries").Count());
            breaks.ShouldAllBe(b => b == "page");

            var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true });
            var pages = System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page\b");
            pages.ShouldBeGreaterThanOrEqualTo(breaks.Length + 1, "the timetable, then one page per sheet and itinerary");
        });
    }

    [Fact]
    public async Task WorkshopPortfolio_Chosen_ListsKWorkshopsWithTheApisObjectiveAndBound()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var defaults = await ArgumentDefaultsAsync("workshopPortfolio");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(WorkshopPortfolio_Chosen_ListsKWorkshopsWithTheApisObjectiveAndBound), async () =>
        {
            var page = session.Page;
            await OpenTabAsync(page);
            Parse(await page.InputValueAsync("#portfolio-k")).ShouldBe(Parse(defaults["workshops"]));
            Parse(await page.InputValueAsync("#portfolio-capacity")).ShouldBe(Parse(defaults["capacity"]));

            var response = await page.RunAndWaitForResponseAsync(
                () => page.ClickAsync("#portfolio-run"),
                r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && (r.Request.PostData ?? "").Contains("workshopPortfolio(", StringComparison.Ordinal));
            var portfolio = (await response.JsonAsync())!.Value.GetProperty("data").GetProperty("workshopPortfolio");
            await page.WaitForSelectorAsync("#portfolio-result[data-ready]");
            (await page.GetAttributeAsync("#portfolio-result", "data-ready")).ShouldBe("true", await page.TextContentAsync("#portfolio-result"));

            var k = (int)Parse(defaults["workshops"]);
            portfolio.GetProperty("workshops").GetInt32().ShouldBe(k);
            var chosen = portfolio.GetProperty("optimal").Items("workshops").Select(w => w.Text("subject")).ToList();
            chosen.Count.ShouldBe(k, "the dataset has enough offered subjects for K workshops");
            (await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#portfolio-optimal tbody tr')].map(tr => tr.dataset.subject)"))
                .ShouldBe(chosen);
            (await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#portfolio-greedy tbody tr')].map(tr => tr.dataset.subject)"))
                .ShouldBe(portfolio.GetProperty("greedy").Items("workshops").Select(w => w.Text("subject")));
            var summary = (await page.TextContentAsync("#portfolio-summary"))!;
            summary.ShouldContain($"worth {Number(portfolio.GetProperty("optimal").GetProperty("objective"))} points");
            summary.ShouldContain($"more than {Number(portfolio.GetProperty("solver").GetProperty("bound"))} points");
            summary.ShouldContain($"greedy) choice is worth {Number(portfolio.GetProperty("greedy").GetProperty("objective"))} points");
        });
    }

    [Fact]
    public async Task MapColour_ByRoleAndByCohort_ShowsTheApisGroupsInTheLegendAndOnTheNodes()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var roles = (await fixture.Server.QueryAsync("{ roles { offices { office role } } }")).GetProperty("roles").Items("offices")
            .GroupBy(o => $"role-{o.Text("role")}", o => o.Text("office")).ToDictionary(g => g.Key, g => g.ToArray());
        var cohortAnswer = (await fixture.Server.QueryAsync("{ cohorts { cohorts { id offices } withoutRequests } }")).GetProperty("cohorts");
        var cohorts = cohortAnswer.Items("cohorts")
            .ToDictionary(c => $"cohort-{c.GetProperty("id").GetInt32()}", c => c.GetProperty("offices").Strings());
        var without = cohortAnswer.GetProperty("withoutRequests").Strings();
        if (without.Length > 0)
        {
            cohorts["cohort-none"] = without;
        }

        roles.Count.ShouldBeGreaterThan(1, "every office has the same role, so the colours distinguish nothing");
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(MapColour_ByRoleAndByCohort_ShowsTheApisGroupsInTheLegendAndOnTheNodes), async () =>
        {
            var page = session.Page;
            foreach (var (mode, groups) in new[] { ("role", roles), ("cohort", cohorts) })
            {
                await page.SelectOptionAsync("#colour-by", mode);
                await page.WaitForSelectorAsync($"#colour-legend[data-mode={mode}][data-ready]");
                (await page.GetAttributeAsync("#colour-legend", "data-ready")).ShouldBe("true", await page.TextContentAsync("#errors"));
                var legend = (await page.EvaluateAsync<string[][]>(
                    "() => [...document.querySelectorAll('#colour-legend li[data-group]')].map(li => [li.dataset.group, li.dataset.offices])"))
                    .ToDictionary(i => i[0], i => i[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
                legend.Keys.ShouldBe(groups.Keys, ignoreOrder: true, $"legend groups by {mode}");
                foreach (var (group, offices) in groups)
                {
                    legend[group].ShouldBe(offices, ignoreOrder: true, $"{group} in the legend");
                }

                var nodes = (await page.EvaluateAsync<string[][]>(
                    "() => window.workbench.cy.nodes('.office').map(n => [n.id(), n.data('group'), n.data('colour')])"));
                nodes.ShouldNotBeEmpty();
                foreach (var node in nodes.Where(n => groups.Values.Any(o => o.Contains(n[0]))))
                {
                    groups[node[1]].ShouldContain(node[0], $"{node[0]} is drawn in the group the API gives it ({mode})");
                }

                nodes.GroupBy(n => n[1]).Select(g => g.Select(n => n[2]).Distinct().Count()).ShouldAllBe(c => c == 1, "one colour per group");
                if (mode == "role")
                {
                    nodes.Select(n => n[2]).Distinct().Count().ShouldBe(nodes.Select(n => n[1]).Distinct().Count(), "groups have distinct colours");
                }

                await Assertions.Expect(page.Locator("#status-legend")).ToBeHiddenAsync();
            }

            await page.SelectOptionAsync("#colour-by", "");
            await Assertions.Expect(page.Locator("#status-legend")).ToBeVisibleAsync();
            (await page.EvaluateAsync<int>("() => window.workbench.cy.nodes('.office[colour]').length")).ShouldBe(0);
        });
    }

    [Fact]
    public async Task MeetingPlanner_UnderCspWithoutUnsafeInline_RunsWithoutAViolation()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var context = await fixture.Browser.NewContextAsync();
        await using var _ = context;
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        // The page's own document, served with the strictest policy it should live under; the assets and the API as they are.
        await page.RouteAsync(fixture.Server.BaseAddress.ToString(), async route =>
        {
            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers)
            {
                ["content-security-policy"] = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'",
            };
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
        });
        await page.AddInitScriptAsync(
            "window.cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));");
        await page.GotoAsync(fixture.Server.BaseAddress.ToString());
        await page.WaitForSelectorAsync("#cy[data-ready]");

        await page.SelectOptionAsync("#colour-by", "role");
        await page.WaitForSelectorAsync("#colour-legend[data-mode=role][data-ready]");
        await OpenTabAsync(page);
        await page.FillAsync("#cafe-time", "2");
        await page.ClickAsync("#cafe-run");
        await page.WaitForSelectorAsync("#cafe-result[data-ready]", new PageWaitForSelectorOptions { Timeout = 60_000 });
        await page.ClickAsync("#portfolio-run");
        await page.WaitForSelectorAsync("#portfolio-result[data-ready]", new PageWaitForSelectorOptions { Timeout = 60_000 });

        (await page.GetAttributeAsync("#cafe-result", "data-ready")).ShouldBe("true");
        (await page.EvaluateAsync<string[]>("() => window.cspViolations")).ShouldBeEmpty();
    }

    private static async Task OpenTabAsync(IPage page)
    {
        await page.ClickAsync("#tab-meeting");
        await page.WaitForSelectorAsync("#panel-meeting[data-ready]");
        await Assertions.Expect(page.Locator("#panel-meeting")).ToBeVisibleAsync();
    }

    /// <summary>Runs the plan and returns the worldCafe answer the page itself received, once the page has drawn it.</summary>
    private static async Task<JsonElement> PlanAsync(IPage page)
    {
        var response = await page.RunAndWaitForResponseAsync(
            () => page.ClickAsync("#cafe-run"),
            r => r.Url.EndsWith("/graphql", StringComparison.Ordinal) && (r.Request.PostData ?? "").Contains("worldCafe(", StringComparison.Ordinal),
            new PageRunAndWaitForResponseOptions { Timeout = 60_000 });
        var body = (await response.JsonAsync())!.Value;
        await page.WaitForSelectorAsync("#cafe-result[data-ready]");
        (await page.GetAttributeAsync("#cafe-result", "data-ready")).ShouldBe("true", await page.TextContentAsync("#cafe-result"));
        return body.GetProperty("data").GetProperty("worldCafe");
    }

    /// <summary>A query field's argument defaults as the schema declares them (the page reads the same).</summary>
    private async Task<Dictionary<string, string>> ArgumentDefaultsAsync(string field)
    {
        var data = await fixture.Server.QueryAsync("""{ __type(name: "Query") { fields { name args { name defaultValue } } } }""");
        return data.GetProperty("__type").Items("fields").Single(f => f.Text("name") == field).Items("args")
            .Where(a => a.GetProperty("defaultValue").ValueKind == JsonValueKind.String)
            .ToDictionary(a => a.Text("name"), a => a.Text("defaultValue"));
    }

    /// <summary>How the page prints a number: integers as they are, others with three decimals (panel.js fmt).</summary>
    private static string Number(JsonElement value)
    {
        var number = value.GetDouble();
        return number == Math.Floor(number) ? number.ToString("0", CultureInfo.InvariantCulture) : number.ToString("0.000", CultureInfo.InvariantCulture);
    }

    private static double Parse(string number) => double.Parse(number, CultureInfo.InvariantCulture);

    /// <summary>How the page prints a gap: per cent, two decimals under 10 %, none above.</summary>
    private static string Percent(double gap) =>
        (100 * gap).ToString(gap < 0.1 ? "0.00" : "0", CultureInfo.InvariantCulture) + " %";
}
