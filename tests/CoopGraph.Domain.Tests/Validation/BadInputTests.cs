using System.Text.Json.Nodes;
using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Validation;

namespace CoopGraph.Domain.Tests.Validation;

/// <summary>Each bad input must be refused with an error that names its exact place.</summary>
public class BadInputTests
{
    public static TheoryData<string, string, string> JsonCases => new()
    {
        { "missing-offices", "$", "offices" },
        { "attended-not-boolean", "$.offices[0].attended", "" },
        { "bad-confidence", "$.requests[0].confidence", "" },
        { "unknown-request-office", "$.requests[0].office", "unknown office 'PER'" },
        { "unknown-offer-subject", "$.offers[0].subject", "unknown subject 'nope'" },
        { "unknown-area", "$.subjects[1].area", "unknown area 'science'" },
        { "duplicate-office", "$.offices[2].code", "duplicate code 'ARG' (first at $.offices[0].code)" },
        { "duplicate-request", "$.requests[3]", "duplicate request" },
        { "empty-area-name", "$.areas[0].name", "name is empty" },
        { "lowercase-code", "$.offices[1].code", "upper-case" },
        { "unknown-network-member", "$.networks[0].members[1]", "unknown office 'ZZZ'" },
        { "extra-property", "$.offices[0].colour", "unknown property 'colour'" },
        { "format-version-2", "$.formatVersion", "" },
        { "empty-source", "$.offers[0].source", "provenance" },
        { "blank-alias", "$.offices[1].aliases[1]", "alias is empty" },
    };

    [Theory]
    [MemberData(nameof(JsonCases))]
    public void Parse_BadJson_ReportsErrorAtPlace(string mutation, string place, string message)
    {
        var result = DatasetJson.Parse(Mutate(mutation), "bad.json");

        result.Dataset.ShouldBeNull();
        result.Report.Errors.ShouldContain(
            e => e.Place == place && e.Message.Contains(message, StringComparison.Ordinal),
            $"errors were:\n{string.Join("\n", result.Report.Issues)}");
    }

    [Fact]
    public void Parse_InvalidJsonSyntax_NamesFileLineAndColumn()
    {
        var result = DatasetJson.Parse("{\n  \"formatVersion\": 1,\n  \"name\": oops\n}", "broken.json");

        result.Report.Errors.ShouldHaveSingleItem().Place.ShouldBe("broken.json:3:11");
    }

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOne()
    {
        var node = JsonNode.Parse(DatasetJson.Serialize(SampleData.Small()))!;
        node["requests"]![0]!["office"] = "PER";
        node["offers"]![0]!["subject"] = "nope";
        node["subjects"]![0]!["area"] = "science";

        var result = DatasetJson.Parse(node.ToJsonString());

        result.Report.Errors.Select(e => e.Place).ShouldBe(
            ["$.subjects[0].area", "$.requests[0].office", "$.offers[0].subject"], ignoreOrder: true);
    }

    [Fact]
    public void Validate_SameOfficeRequestsAndOffers_IsOnlyAWarning()
    {
        var d = SampleData.Small();
        d = d with { Offers = [.. d.Offers, new Offer("ARG", "green-patents", null, "policy#1", Confidence.Low, null)] };

        var report = DatasetValidator.Validate(d);

        report.IsValid.ShouldBeTrue();
        report.Warnings.ShouldHaveSingleItem().Place.ShouldBe("$.offers[1]");
    }

    public static TheoryData<string, string, string> CsvCases => new()
    {
        { "office,subject,role\nPER,gender,request\n", "c.csv:2:1", "unknown office 'PER'" },
        { "office,subject,role\nARG,gender,request\nBRA,gender,donate\n", "c.csv:3:12", "role must be" },
        { "office,subject,role\nARG,gender\n", "c.csv:2:1", "expected 3 fields" },
        { "office,subject,role\nARG,\"gender,request\n", "c.csv:2:5", "quoted field is not closed" },
        { "office,subject\nARG,gender\n", "c.csv:1:1", "missing required column 'role'" },
        { "office,subject,role,colour\nARG,gender,request,red\n", "c.csv:1:21", "unknown column 'colour'" },
        { "office,subject,role,confidence\nARG,gender,request,sure\n", "c.csv:2:20", "confidence must be" },
        { "office,subject,role\nARG,gender,request\nargentina,gender,request\n", "c.csv:3:1", "already requests subject 'gender' at c.csv:2:1" },
        { "office,subject,role,area\nARG,gender,request,policy\n", "c.csv:2:20", "is in area 'promotion'" },
        { "office,subject,role\nARG,no-such-subject,request\n", "c.csv:2:5", "unknown subject" },
        { "office,subject,role\n,gender,request\n", "c.csv:2:1", "office is empty" },
        { "", "c.csv:1:1", "empty file" },
    };

    [Theory]
    [MemberData(nameof(CsvCases))]
    public void Parse_BadCsv_ReportsErrorAtFileLineColumn(string csv, string place, string message)
    {
        var result = DatasetCsv.Parse(csv, "c.csv", SampleData.Small());

        result.Dataset.ShouldBeNull();
        result.Report.Errors.ShouldContain(
            e => e.Place == place && e.Message.Contains(message, StringComparison.Ordinal),
            $"errors were:\n{string.Join("\n", result.Report.Issues)}");
    }

    [Fact]
    public void Parse_AllowNewSubjectWithoutArea_NamesTheSubjectField()
    {
        var result = DatasetCsv.Parse("office,subject,role\nARG,robots,request\n", "c.csv", SampleData.Small(), allowNew: true);

        result.Report.Errors.ShouldHaveSingleItem().Place.ShouldBe("c.csv:2:5");
    }

    private static string Mutate(string mutation)
    {
        var node = JsonNode.Parse(DatasetJson.Serialize(SampleData.Small()))!.AsObject();
        var offices = node["offices"]!.AsArray();
        switch (mutation)
        {
            case "missing-offices": node.Remove("offices"); break;
            case "attended-not-boolean": offices[0]!["attended"] = "yes"; break;
            case "bad-confidence": node["requests"]![0]!["confidence"] = "sure"; break;
            case "unknown-request-office": node["requests"]![0]!["office"] = "PER"; break;
            case "unknown-offer-subject": node["offers"]![0]!["subject"] = "nope"; break;
            case "unknown-area": node["subjects"]![1]!["area"] = "science"; break;
            case "duplicate-office": offices[2]!["code"] = "ARG"; break;
            case "duplicate-request": node["requests"]!.AsArray().Add(node["requests"]![0]!.DeepClone()); break;
            case "empty-area-name": node["areas"]![0]!["name"] = " "; break;
            case "lowercase-code": offices[1]!["code"] = "bra"; break;
            case "unknown-network-member": node["networks"]![0]!["members"]!.AsArray().Add("ZZZ"); break;
            case "extra-property": offices[0]!["colour"] = "blue"; break;
            case "format-version-2": node["formatVersion"] = 2; break;
            case "empty-source": node["offers"]![0]!["source"] = ""; break;
            case "blank-alias": offices[1]!["aliases"]!.AsArray().Add(" "); break;
            default: throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null);
        }

        return node.ToJsonString();
    }
}
