using System.Text.Json.Nodes;
using CoopGraph.Domain.Formats;

namespace CoopGraph.Domain.Tests.Validation;

/// <summary>Findings say what is accepted, point where the user must edit, and can be summarised when they repeat.</summary>
public class ValidationWordingTests
{
    [Fact]
    public void Parse_AllowNewOfficeWithInvalidCode_PointsAtTheCsvLine()
    {
        var result = DatasetCsv.Parse("office,subject,role\nARG,gender,request\nnew office!,gender,request\n", "c.csv", SampleData.Small(), allowNew: true);

        result.Dataset.ShouldBeNull();
        var error = result.Report.Errors.ShouldHaveSingleItem();
        error.Place.ShouldBe("c.csv:3:1");
        error.Message.ShouldStartWith("office code 'NEW OFFICE!'");
    }

    [Fact]
    public void Parse_AllowNewOfficeNotInIso_WarnsAtTheCsvLine()
    {
        var result = DatasetCsv.Parse("office,subject,role\nARG,gender,request\nABC1,gender,request\n", "c.csv", SampleData.Small(), allowNew: true);

        result.Report.Warnings.ShouldHaveSingleItem().Place.ShouldBe("c.csv:3:1");
    }

    [Fact]
    public void Validate_LowerCaseCode_SaysWhichCharactersAreAccepted()
    {
        var node = JsonNode.Parse(DatasetJson.Serialize(SampleData.Small()))!;
        node["offices"]![1]!["code"] = "bra";

        var result = DatasetJson.Parse(node.ToJsonString());

        result.Report.Errors.ShouldContain(e => e.Place == "$.offices[1].code" && e.Message ==
            "office code 'bra' must be 2 to 16 characters: an upper-case letter, then upper-case letters, digits, '_' or '-' (a country's office: its ISO 3166-1 alpha-3 code)",
            string.Join("\n", result.Report.Issues));
    }

    [Fact]
    public void Parse_CrossCuttingSubjectOffered_WarnsAndLoads()
    {
        var node = JsonNode.Parse(DatasetJson.Serialize(SampleData.Small()))!;
        node["offers"]!.AsArray().Add(JsonNode.Parse("""{"office":"BRA","subject":"all-together","source":"x","confidence":"low"}"""));

        var result = DatasetJson.Parse(node.ToJsonString());

        result.Dataset.ShouldNotBeNull(string.Join("\n", result.Report.Issues));
        var warning = result.Report.Warnings.ShouldHaveSingleItem();
        warning.Place.ShouldBe("$.offers[1].subject");
        warning.Message.ShouldContain("cross-cutting");
    }

    [Fact]
    public void Parse_CsvOfferOfCrossCuttingSubject_WarnsAtItsLine()
    {
        var result = DatasetCsv.Parse("office,subject,role\nBRA,all-together,offer\n", "c.csv", SampleData.Small());

        result.Dataset.ShouldNotBeNull(string.Join("\n", result.Report.Issues));
        result.Report.Warnings.ShouldContain(w => w.Place == "c.csv:2:5" && w.Message.Contains("cross-cutting", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_RepeatedWarnings_ShareAKindAndNameTheirItem()
    {
        var csv = "office,subject,role\n" + string.Concat(Enumerable.Range(1, 3).Select(i => $"ABC{i},gender,request\n"));

        var warnings = DatasetCsv.Parse(csv, "c.csv", SampleData.Small(), allowNew: true).Report.Warnings.ToList();

        warnings.Count.ShouldBe(3);
        warnings.Select(w => w.Kind).Distinct().ShouldHaveSingleItem().ShouldBe("offices have a code that is not an ISO 3166-1 alpha-3 country code");
        warnings.Select(w => w.About).ShouldBe(["ABC1", "ABC2", "ABC3"]);
    }
}
