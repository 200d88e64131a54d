using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Domain.Tests.Formats;

public class DatasetCsvTests
{
    [Fact]
    public void Parse_AliasesAccentsAndCase_ResolveToCodes()
    {
        const string csv = "\uFEFFoffice,subject,role\r\nbrasil,green-patents,offer\r\nmexico,green-patents,REQUEST\r\n";

        var result = DatasetCsv.Parse(csv, "x.csv", SampleData.Small());

        result.Report.IsValid.ShouldBeTrue(string.Join("\n", result.Report.Issues));
        result.Dataset!.Offers.ShouldHaveSingleItem().Office.ShouldBe("BRA");
        result.Dataset.Requests.ShouldHaveSingleItem().Office.ShouldBe("MEX");
    }

    [Fact]
    public void Parse_NoSourceColumn_RecordsFileAndLineAsSource()
    {
        var result = DatasetCsv.Parse("office,subject,role\nARG,gender,request\n", "dir/in.csv", SampleData.Small());

        var request = result.Dataset!.Requests.ShouldHaveSingleItem();
        request.Source.ShouldBe("in.csv:2");
        request.Confidence.ShouldBe(Confidence.Medium);
    }

    [Fact]
    public void Serialize_JsonToCsvToJson_KeepsEveryRequestAndOfferWithProvenance()
    {
        var original = SampleData.Small();

        var csv = DatasetCsv.Serialize(original);
        var back = DatasetCsv.Parse(csv, "round.csv", original with { Requests = [], Offers = [] });

        back.Dataset.ShouldNotBeNull(string.Join("\n", back.Report.Issues));
        back.Dataset.Requests.ShouldBe(original.Requests);
        back.Dataset.Offers.ShouldBe(original.Offers);
        DatasetCsv.Serialize(back.Dataset).ShouldBe(csv);
    }

    [Fact]
    public void Serialize_LimaToCsvToJsonToCsv_IsStable()
    {
        var lima = DatasetJson.Load(RepoPaths.Lima).Dataset!;

        var csv = DatasetCsv.Serialize(lima);
        var back = DatasetCsv.Parse(csv, "lima.csv", lima)!;
        var json = DatasetJson.Parse(DatasetJson.Serialize(back.Dataset!));

        json.Dataset.ShouldBe(lima);
        DatasetCsv.Serialize(json.Dataset!).ShouldBe(csv);
    }

    [Fact]
    public void Parse_AllowNew_CreatesOfficeSubjectAndArea_AndSaysSo()
    {
        const string csv = "office,subject,role,area\nATLANTIS,tide-power,offer,energy\n";

        var result = DatasetCsv.Parse(csv, "n.csv", SampleData.Small(), allowNew: true);

        result.Dataset.ShouldNotBeNull(string.Join("\n", result.Report.Issues));
        result.Dataset.FindOffice("ATLANTIS")!.Name.ShouldBe("ATLANTIS");
        result.Dataset.FindSubject("tide-power")!.Area.ShouldBe("energy");
        result.Notices.ShouldContain(n => n.StartsWith("n.csv:2:1: created office", StringComparison.Ordinal));
        result.Report.Warnings.ShouldContain(w => w.Message.Contains("not an ISO 3166-1", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_QuotedFieldsWithCommasAndNewlines_KeepTheirText()
    {
        const string csv = "office,subject,role,note\nARG,gender,request,\"two, lines\nand \"\"quotes\"\"\"\nBRA,gender,offer,\n";

        var result = DatasetCsv.Parse(csv, "q.csv", SampleData.Small());

        result.Dataset!.Requests[0].Note.ShouldBe("two, lines\nand \"quotes\"");
        result.Dataset.Offers[0].Source.ShouldBe("q.csv:4");
    }
}
