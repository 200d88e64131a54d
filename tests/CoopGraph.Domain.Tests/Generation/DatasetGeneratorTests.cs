using CoopGraph.Domain.Generation;
using CoopGraph.Domain.Validation;

namespace CoopGraph.Domain.Tests.Generation;

public class DatasetGeneratorTests
{
    private static readonly GeneratorOptions Medium = new(Offices: 60, Subjects: 300, Edges: 3_000, Seed: 7);

    [Fact]
    public void Generate_SameSeed_GivesTheSameDataset() =>
        DatasetGenerator.Generate(Medium).Version.ShouldBe(DatasetGenerator.Generate(Medium).Version);

    [Fact]
    public void Generate_OtherSeed_GivesAnotherDataset() =>
        DatasetGenerator.Generate(Medium with { Seed = 8 }).Version.ShouldNotBe(DatasetGenerator.Generate(Medium).Version);

    [Fact]
    public void Generate_Sizes_AreExactlyAsAsked()
    {
        var d = DatasetGenerator.Generate(Medium);

        d.Offices.Count.ShouldBe(60);
        d.Subjects.Count.ShouldBe(300);
        (d.Requests.Count + d.Offers.Count).ShouldBe(3_000);
        d.Requests.Count.ShouldBe(1_500);
    }

    [Fact]
    public void Generate_Result_IsValidAndWarnsOnlyOfNonCountryCodes()
    {
        var report = DatasetValidator.Validate(DatasetGenerator.Generate(Medium));

        report.IsValid.ShouldBeTrue(string.Join("\n", report.Errors));
        report.Warnings.ShouldAllBe(w => w.Message.Contains("is not an ISO 3166-1 alpha-3 country code"));
    }

    [Fact]
    public void Generate_Offers_AreConcentratedOnFewOffices()
    {
        var d = DatasetGenerator.Generate(Medium);

        var top = d.Offers.CountBy(o => o.Office).Select(p => p.Value).OrderDescending().Take(6).Sum();

        // A tenth of the offices make well over a tenth of the offers, as large offices do; requests are spread wider.
        top.ShouldBeGreaterThan(d.Offers.Count / 4);
        d.Requests.Select(r => r.Office).Distinct().Count().ShouldBeGreaterThan(d.Offers.Select(o => o.Office).Distinct().Count() / 2);
    }

    [Fact]
    public void Generate_SmallNetwork_KeepsTheNamesOfTheBenchNetwork()
    {
        var d = DatasetGenerator.Generate(new GeneratorOptions(200, 60, 1_200, 200));

        d.Offices[0].Code.ShouldBe("G000");
        d.Offices[^1].Code.ShouldBe("G199");
        d.Subjects[^1].Id.ShouldBe("g-59");
        d.Areas.Select(a => a.Id).ShouldBe(["alpha", "beta", "gamma", "delta", "epsilon"]);
    }

    [Fact]
    public void Generate_MoreEdgesThanPairs_IsRefusedNamingTheOption()
    {
        var options = new GeneratorOptions(2, 2, 5, 1);

        options.Problem()?.Field.ShouldBe("edges");
        Should.Throw<ArgumentException>(() => DatasetGenerator.Generate(options)).Message.ShouldStartWith("edges: must be between 0 and half");
    }
}
