using CoopGraph.Domain.Validation;

namespace CoopGraph.Domain.Tests.Validation;

/// <summary>Text fields refuse control characters (GraphML and GEXF cannot carry them), naming the place.</summary>
public sealed class TextRulesTests
{
    /// <summary>Each text field, its JSON place, and whether it is long text (tab and line breaks allowed).</summary>
    public static TheoryData<string, string, bool> Fields => new()
    {
        { "name", "$.name", false },
        { "source", "$.source", true },
        { "offices.name", "$.offices[0].name", false },
        { "offices.aliases", "$.offices[0].aliases[0]", false },
        { "offices.institution", "$.offices[0].institution", false },
        { "areas.name", "$.areas[0].name", false },
        { "subjects.name", "$.subjects[0].name", false },
        { "subjects.request", "$.subjects[0].request", true },
        { "requests.source", "$.requests[0].source", false },
        { "requests.note", "$.requests[0].note", true },
        { "offers.wording", "$.offers[0].wording", true },
        { "offers.source", "$.offers[0].source", false },
        { "offers.note", "$.offers[0].note", true },
        { "networks.name", "$.networks[0].name", false },
        { "networks.description", "$.networks[0].description", true },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void Validate_ControlCharacter_IsAnErrorAtItsPlace(string field, string place, bool longText)
    {
        _ = longText;
        var report = DatasetValidator.Validate(With(field, "bad\u0001text"));

        var error = report.Issues.Where(i => i.Severity == Severity.Error).ShouldHaveSingleItem();
        error.Place.ShouldBe(place);
        error.Message.ShouldContain("U+0001");
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Validate_TabAndLineBreaks_OnlyInLongText(string field, string place, bool longText)
    {
        var report = DatasetValidator.Validate(With(field, "first\tline\r\nsecond line\n"));

        var errors = report.Issues.Where(i => i.Severity == Severity.Error).ToList();
        if (longText)
        {
            errors.ShouldBeEmpty();
        }
        else
        {
            errors.ShouldHaveSingleItem().Place.ShouldBe(place);
        }
    }

    [Theory]
    [InlineData(0x0085)]
    [InlineData(0x007F)]
    [InlineData(0xFFFE)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void Validate_OtherCharactersXmlCannotCarry_AreErrors(int character)
    {
        var report = DatasetValidator.Validate(With("requests.note", "x" + (char)character + "y"));

        report.Issues.ShouldContain(i => i.Severity == Severity.Error && i.Place == "$.requests[0].note");
    }

    [Theory]
    [InlineData("Public Policies")]
    [InlineData("policy\u0001")]
    [InlineData("pólicy")]
    public void Validate_AreaIdOutsideTheIdPattern_IsAnError(string id)
    {
        var small = SampleData.Small();
        var dataset = small with
        {
            Areas = [small.Areas[0] with { Id = id }, .. small.Areas.Skip(1)],
            Subjects = [.. small.Subjects.Select(s => s.Area == small.Areas[0].Id ? s with { Area = id } : s)],
        };

        var report = DatasetValidator.Validate(dataset);

        report.Issues.ShouldContain(i => i.Severity == Severity.Error && i.Place == "$.areas[0].id" && i.Message.Contains("lower-case"));
    }

    [Fact]
    public void Validate_PairedSurrogatesAndSeparators_AreText() =>
        DatasetValidator.Validate(With("offices.name", "Perú 🇵🇪\u2028")).Issues.Where(i => i.Severity == Severity.Error).ShouldBeEmpty();

    [Fact]
    public void Validate_SampleData_HasNoTextErrors() =>
        DatasetValidator.Validate(SampleData.Small()).Issues.Where(i => i.Severity == Severity.Error).ShouldBeEmpty();

    private static Dataset With(string field, string value)
    {
        var d = SampleData.Small();
        return field switch
        {
            "name" => d with { Name = value },
            "source" => d with { Source = value },
            "offices.name" => d with { Offices = [d.Offices[0] with { Name = value }, .. d.Offices.Skip(1)] },
            "offices.aliases" => d with { Offices = [d.Offices[0] with { Aliases = [value] }, .. d.Offices.Skip(1)] },
            "offices.institution" => d with { Offices = [d.Offices[0] with { Institution = value }, .. d.Offices.Skip(1)] },
            "areas.name" => d with { Areas = [d.Areas[0] with { Name = value }, .. d.Areas.Skip(1)] },
            "subjects.name" => d with { Subjects = [d.Subjects[0] with { Name = value }, .. d.Subjects.Skip(1)] },
            "subjects.request" => d with { Subjects = [d.Subjects[0] with { Request = value }, .. d.Subjects.Skip(1)] },
            "requests.source" => d with { Requests = [d.Requests[0] with { Source = value }, .. d.Requests.Skip(1)] },
            "requests.note" => d with { Requests = [d.Requests[0] with { Note = value }, .. d.Requests.Skip(1)] },
            "offers.wording" => d with { Offers = [d.Offers[0] with { Wording = value }, .. d.Offers.Skip(1)] },
            "offers.source" => d with { Offers = [d.Offers[0] with { Source = value }, .. d.Offers.Skip(1)] },
            "offers.note" => d with { Offers = [d.Offers[0] with { Note = value }, .. d.Offers.Skip(1)] },
            "networks.name" => d with { Networks = [d.Networks[0] with { Name = value }, .. d.Networks.Skip(1)] },
            "networks.description" => d with { Networks = [d.Networks[0] with { Description = value }, .. d.Networks.Skip(1)] },
            _ => throw new ArgumentOutOfRangeException(nameof(field), field),
        };
    }
}
