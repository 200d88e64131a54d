using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Domain.Tests.Formats;

public class DatasetJsonTests
{
    [Fact]
    public void Serialize_ThenParse_IsLossless()
    {
        var original = SampleData.Small();

        var text = DatasetJson.Serialize(original);
        var result = DatasetJson.Parse(text);

        result.Report.IsValid.ShouldBeTrue(string.Join("\n", result.Report.Issues));
        result.Dataset.ShouldBe(original);
        DatasetJson.Serialize(result.Dataset!).ShouldBe(text);
    }

    [Fact]
    public void Parse_LimaFile_RoundTripsWithoutLoss()
    {
        var first = DatasetJson.Load(RepoPaths.Lima);
        first.Dataset.ShouldNotBeNull(string.Join("\n", first.Report.Issues));

        var again = DatasetJson.Parse(DatasetJson.Serialize(first.Dataset));

        again.Dataset.ShouldBe(first.Dataset);
        again.Dataset!.Requests.Count.ShouldBe(first.Dataset.Requests.Count);
    }

    [Fact]
    public void Version_ChangesWithContent_AndNotWithCopies()
    {
        var d = SampleData.Small();
        var same = d with { };
        var changed = d with { Requests = [.. d.Requests.Skip(1)] };

        same.Version.ShouldBe(d.Version);
        changed.Version.ShouldNotBe(d.Version);
        d.Version.Length.ShouldBe(16);
    }

    [Fact]
    public void Parse_OptionalListsMissing_GivesEmptyLists()
    {
        const string json = """
            {"formatVersion":1,"name":"n","offices":[{"code":"ARG","name":"Argentina"}],"areas":[],"subjects":[],"requests":[],"offers":[]}
            """;

        var result = DatasetJson.Parse(json);

        result.Dataset.ShouldNotBeNull();
        result.Dataset.Offices[0].Aliases.ShouldBeEmpty();
        result.Dataset.Networks.ShouldBeEmpty();
    }
}
