using CoopGraph.Storage.Neo4j;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Storage.Tests.Neo4j;

public sealed class CypherScriptTests
{
    [Fact]
    public void Write_Lima_MatchesTheCommittedScript()
    {
        var committed = File.ReadAllText(RepoPaths.Of("cypher", "lima-2022.cypher"));

        var fresh = CypherScript.Write(TestData.Lima);

        fresh.ShouldBe(committed, "cypher/lima-2022.cypher is stale: run `coopgraph export --format cypher --out cypher/lima-2022.cypher`");
    }

    [Fact]
    public void Write_AnyDataset_IsOnlyIdempotentMergeStatements()
    {
        var statements = CypherScript.Write(TestData.Small()).Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith("//", StringComparison.Ordinal)).ToList();

        statements.ShouldAllBe(s => s.EndsWith(';'));
        statements.ShouldAllBe(s => s.StartsWith("MERGE ", StringComparison.Ordinal) || (s.StartsWith("MATCH ", StringComparison.Ordinal) && s.Contains(" MERGE ")));
        statements.ShouldNotContain(s => s.Contains("CREATE", StringComparison.Ordinal) || s.Contains("DELETE", StringComparison.Ordinal));
        statements.Count(s => s.Contains("-[r:REQUESTS]->")).ShouldBe(3);
        statements.Count(s => s.Contains("-[m:MEMBER_OF]->")).ShouldBe(2);
    }

    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("two\nlines\ttab", @"'two\nlines\ttab'")]
    [InlineData("bell\u0007", @"'bell\u0007'")]
    [InlineData("México \"quoted\"", "'México \"quoted\"'")]
    [InlineData("x'}) DETACH DELETE (n) //", @"'x\'}) DETACH DELETE (n) //'")]
    public void Literal_Text_IsOneEscapedStringLiteral(string value, string expected) =>
        CypherScript.Literal(value).ShouldBe(expected);

    [Fact]
    public void Literal_Null_IsCypherNull() => CypherScript.Literal(null).ShouldBe("null");
}
