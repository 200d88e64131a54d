using System.Text.Json;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Domain.Tests.Formats;

/// <summary>The one CSV cell rule (tests/reference/csv-cells.json, shared with the page's web/src/csv.js).</summary>
public sealed class CsvCellTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        using var json = JsonDocument.Parse(File.ReadAllText(RepoPaths.Of("tests", "reference", "csv-cells.json")));
        foreach (var c in json.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(c.GetProperty("value").GetString()!, c.GetProperty("cell").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Escape_Value_IsTheSharedCell(string value, string cell) => CsvTable.Escape(value).ShouldBe(cell);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_EscapedCell_GivesTheValueBack(string value, string cell)
    {
        var records = CsvTable.Parse($"a,{cell},z\n");

        records.ShouldHaveSingleItem().Select(f => f.Text).ShouldBe(["a", value, "z"]);
    }

    [Fact]
    public void Serialize_FormulaTextInEveryTextColumn_IsNeutralisedAndReadsBack()
    {
        var original = SampleData.Small();
        const string formula = "=HYPERLINK(\"http://evil.test\",\"x\")";
        var hostile = original with
        {
            Requests = [.. original.Requests.Select(r => r with { Source = "+" + r.Source, Note = "-1+" + r.Subject })],
            Offers = [.. original.Offers.Select(o => o with { Source = "@" + o.Source, Note = formula, Wording = "\t=1+1" + o.Wording })],
        };

        var csv = DatasetCsv.Serialize(hostile);
        var back = DatasetCsv.Parse(csv, "round.csv", original with { Requests = [], Offers = [] });

        csv.Split('\n').Skip(1).SelectMany(l => l.Split(',')).Select(c => c.TrimStart('"')).Where(IsFormula).ShouldBeEmpty();
        back.Dataset.ShouldNotBeNull(string.Join("\n", back.Report.Issues));
        back.Dataset.Requests.ShouldBe(hostile.Requests);
        back.Dataset.Offers.ShouldBe(hostile.Offers.Select(o => o with { Wording = o.Wording!.Trim() }));
    }

    private static bool IsFormula(string cell) =>
        cell.Length > 0 && "=+-@\t\r".Contains(cell[0]) && !double.TryParse(cell, System.Globalization.CultureInfo.InvariantCulture, out _);
}
