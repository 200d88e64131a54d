using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace CoopGraph.Web.Tests;

/// <summary>The matches table: its rows, its CSV download and its printed form, all checked against the API.</summary>
[Collection(WorkbenchGroup.Name)]
public sealed class MatchesTests(WorkbenchFixture fixture)
{
    private static readonly string[] CsvHeader = ["Area", "Subject", "Requesting offices", "Offering offices", "Status"];

    /// <summary>The screen chrome the print stylesheet leaves out (its display is none).</summary>
    private static readonly string[] PrintHidden = [".tabs", "#panel-map", "#panel-matches .controls", "#panel-needs", "#panel-console"];

    /// <summary>Controls that are not rendered in print, whichever ancestor hides them.</summary>
    private static readonly string[] PrintUnrendered = ["#cy", "#map-controls", "#export-png", "#matches-csv", "#matches-filter"];

    [Fact]
    public async Task MatchesTable_EverySubject_HasARowWithTheApisOffices()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("{ subjects { id requesters { code } offerers { code } } }");
        var expected = data.Items("subjects").ToDictionary(
            s => s.Text("id"), s => (Requesting: s.GetProperty("requesters").Codes(), Offering: s.GetProperty("offerers").Codes()));
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(MatchesTable_EverySubject_HasARowWithTheApisOffices), async () =>
        {
            await session.Page.ClickAsync("#tab-matches");
            var rows = await ReadTableAsync(session.Page);
            rows.Select(r => r.Subject).Order().ShouldBe(expected.Keys.Order());
            foreach (var row in rows)
            {
                row.Requesting.ShouldBe(expected[row.Subject].Requesting, ignoreOrder: true, $"requesting offices of {row.Subject}");
                row.Offering.ShouldBe(expected[row.Subject].Offering, ignoreOrder: true, $"offering offices of {row.Subject}");
            }
        });
    }

    [Fact]
    public async Task DownloadCsv_AllSubjects_HasAHeaderAndOneRowPerSubjectWithTheTablesOffices()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("{ subjects { id name statusLabel area { name } } offices(first: 500) { nodes { code name } } }");
        var subjects = data.Items("subjects").ToDictionary(s => s.Text("name"));
        var officeNames = data.GetProperty("offices").Items("nodes").ToDictionary(o => o.Text("code"), o => o.Text("name"));
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(DownloadCsv_AllSubjects_HasAHeaderAndOneRowPerSubjectWithTheTablesOffices), async () =>
        {
            var page = session.Page;
            await page.ClickAsync("#tab-matches");
            var table = (await ReadTableAsync(page)).ToDictionary(r => r.Subject);
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#matches-csv"));
            download.SuggestedFilename.ShouldEndWith(".csv");
            var csv = ParseCsv(await File.ReadAllTextAsync(await download.PathAsync(), Encoding.UTF8, TestContext.Current.CancellationToken));

            csv[0].ShouldBe(CsvHeader);
            var rows = csv.Skip(1).ToList();
            rows.Select(r => r[1]).Order().ShouldBe(subjects.Keys.Order(), "one row per subject of the API");
            foreach (var row in rows)
            {
                row.Length.ShouldBe(CsvHeader.Length, string.Join(",", row));
                var subject = subjects[row[1]];
                var shown = table[subject.Text("id")];
                row[0].ShouldBe(subject.GetProperty("area").Text("name"), $"area of {row[1]}");
                Names(row[2]).ShouldBe(shown.Requesting.Select(c => officeNames[c]), ignoreOrder: true, $"requesting offices of {row[1]}");
                Names(row[3]).ShouldBe(shown.Offering.Select(c => officeNames[c]), ignoreOrder: true, $"offering offices of {row[1]}");
                row[4].ShouldBe(subject.Text("statusLabel"), $"status of {row[1]}");
            }
        });
    }

    [Fact]
    public async Task PrintMedia_OnTheMapTab_HidesTheControlsAndMapAndShowsTheMatchesTable()
    {
        Assert.SkipUnless(WorkbenchFixture.HasChromium, WorkbenchFixture.NoChromium);
        var data = await fixture.Server.QueryAsync("{ subjects { id } }");
        var subjectCount = data.GetProperty("subjects").GetArrayLength();
        await using var session = await WorkbenchSession.OpenAsync(fixture);

        await session.RunAsync(nameof(PrintMedia_OnTheMapTab_HidesTheControlsAndMapAndShowsTheMatchesTable), async () =>
        {
            var page = session.Page;
            (await DisplayAsync(page, "#panel-matches")).ShouldBe("none", "on screen the map tab hides the matches");

            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

            foreach (var chrome in PrintHidden)
            {
                (await DisplayAsync(page, chrome)).ShouldBe("none", $"{chrome} in print");
            }

            foreach (var control in PrintUnrendered)
            {
                await Assertions.Expect(page.Locator(control)).ToBeHiddenAsync();
            }

            (await DisplayAsync(page, "#panel-matches")).ShouldBe("block");
            (await DisplayAsync(page, "#panel-matches h2.print-only")).ShouldBe("block");
            var tables = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('table.matches')].map(t => getComputedStyle(t).display)");
            tables.ShouldNotBeEmpty();
            tables.ShouldAllBe(display => display == "table");
            var printed = await page.EvaluateAsync<int>(
                "() => [...document.querySelectorAll('table.matches tbody tr')].filter(tr => tr.getClientRects().length > 0).length");
            printed.ShouldBe(subjectCount, "every subject's row is printed");
        });
    }

    private static Task<string> DisplayAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync<string>("e => getComputedStyle(e).display");

    private static async Task<List<MatchRow>> ReadTableAsync(IPage page)
    {
        var rows = await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('table.matches tbody tr')].map(tr => ({
              subject: tr.dataset.subject,
              requesting: [...tr.querySelectorAll('.requesting .office')].map(o => o.dataset.code),
              offering: [...tr.querySelectorAll('.offering .office')].map(o => o.dataset.code) }))
            """);
        return [.. rows.EnumerateArray().Select(r => new MatchRow(
            r.Text("subject"), r.GetProperty("requesting").Strings(), r.GetProperty("offering").Strings()))];
    }

    private static string[] Names(string cell) => cell.Length == 0 ? [] : cell.Split(", ");

    /// <summary>RFC 4180: fields separated by commas, quoted when they hold a comma, quote or line break.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        rows.Count.ShouldBeGreaterThan(0, "the CSV is empty");
        (field.Length + row.Count).ShouldBe(0, "the CSV's last line ends with a line break");
        return rows;
    }

    private sealed record MatchRow(string Subject, string[] Requesting, string[] Offering);
}
