using System.Text.Json;
using CoopGraph.Domain.Formats;

namespace CoopGraph.Domain.Tests.Formats;

/// <summary>The words every format shares, defined once.</summary>
public sealed class VocabularyTests
{
    [Theory]
    [InlineData(Confidence.High, "high")]
    [InlineData(Confidence.Medium, "medium")]
    [InlineData(Confidence.Low, "low")]
    public void ConfidenceText_Of_IsWhatTheDatasetJsonWrites(Confidence confidence, string text)
    {
        ConfidenceText.Of(confidence).ShouldBe(text);
        JsonSerializer.Serialize(new Request("BRA", "green-patents", "t#1", confidence, null), DatasetJson.Options).ShouldContain($"\"confidence\": \"{text}\"");
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData(0.1, "0.1")]
    [InlineData(true, "true")]
    [InlineData(-3, "-3")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("a,b", "\"a,b\"")]
    public void CsvTable_Cell_FormatsInvariantThenEscapes(object? value, string cell) =>
        CsvTable.Cell(value).ShouldBe(cell);

    [Fact]
    public void EnumNames_ConstantCase_IsGraphQLSpelling() =>
        EnumNames.ConstantCase(StringComparison.OrdinalIgnoreCase).ShouldBe("ORDINAL_IGNORE_CASE");

    [Fact]
    public void ReadableJson_Options_KeepsAccentsAndIndents()
    {
        var json = JsonSerializer.Serialize(new { name = "Perú" }, ReadableJson.Options());
        json.ShouldContain("\"name\": \"Perú\"");
        json.ShouldContain("\n");
    }
}
