using System.Text.RegularExpressions;

using CoopGraph.Tests.Shared;

namespace CoopGraph.Storage.Tests.Neo4j;

/// <summary>docs/scale.md gives, for every metric, Cypher for Neo4j GDS: Neo4j's own parser must read all of it.</summary>
public sealed partial class Neo4jScaleDocTests
{
    /// <summary>Every metric CoopGraph computes (docs/analytics.md), each needing at least one statement in the doc.</summary>
    private static readonly string[] Metrics =
    [
        "inDegree", "outDegree", "inStrength", "outStrength", "betweenness", "closeness", "harmonic", "pageRank", "hub",
        "authority", "components", "articulationPoints", "bridges", "unmetNeeds", "isolation", "reciprocalPairs", "paths", "matchPlan",
    ];

    [GeneratedRegex(@"```cypher\n(?<query>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CypherBlock();

    [GeneratedRegex(@"\$(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();

    private static List<CypherQuery> Blocks()
    {
        var text = File.ReadAllText(RepoPaths.Of("docs", "scale.md")).ReplaceLineEndings("\n");
        return [.. CypherBlock().Matches(text).Select(m => m.Groups["query"].Value).Select(q => new CypherQuery(
            q.Split('\n')[0].TrimStart('/', ' '), q, [.. Parameter().Matches(q).Select(p => p.Groups["name"].Value).Distinct()]))];
    }

    [Fact]
    public void ScaleDoc_EveryMetric_HasGdsCypher()
    {
        var named = Blocks().Where(b => b.Name.StartsWith("metric:", StringComparison.Ordinal))
            .SelectMany(b => b.Name["metric:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();

        Metrics.Where(m => !named.Contains(m)).ShouldBeEmpty();
        Blocks().Where(b => b.Name.StartsWith("projection:", StringComparison.Ordinal)).Select(b => b.Name).ShouldContain("projection: support");
    }

    [Fact]
    public void ScaleDoc_EveryCypherBlock_NeoParserFindsNoErrors()
    {
        var blocks = Blocks();

        var verdicts = CypherLint.Run(blocks);

        verdicts.Count.ShouldBe(blocks.Count);
        foreach (var verdict in verdicts)
        {
            verdict.Errors.ShouldBeEmpty($"{verdict.Name}: {string.Join("; ", verdict.Errors)}");
            verdict.Statements.ShouldBe(1, verdict.Name);
        }
    }
}
