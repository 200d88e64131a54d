using System.Text.Json;
using CoopGraph.Analytics.Centrality;
using CoopGraph.Analytics.Paths;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Analytics.Tests;

/// <summary>Compares with tests/reference/fixtures, written by NetworkX 3.x (tests/reference/networkx_reference.py).</summary>
public class ReferenceFixtureTests
{
    public static TheoryData<string> Fixtures => ["sparse", "dense", "components", "lima-2022"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void SupportEdges_ReferenceNetwork_MatchNetworkX(string name)
    {
        var (analysis, expected) = Load(name);
        var edges = expected.GetProperty("edges").EnumerateArray()
            .Select(e => $"{e.GetProperty("from").GetString()}>{e.GetProperty("to").GetString()}:{e.GetProperty("weight").GetInt32()}:{string.Join(",", e.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()).Order(StringComparer.Ordinal))}")
            .ToList();
        var actual = analysis.Snapshot.SupportEdges.Select(e => $"{e.From}>{e.To}:{e.Weight}:{string.Join(",", e.Subjects.Order(StringComparer.Ordinal))}").ToList();
        actual.ShouldBe(edges);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Centrality_ReferenceNetwork_MatchesNetworkX(string name)
    {
        var (analysis, expected) = Load(name);
        var plain = analysis.Centrality();
        var weighted = analysis.Centrality(new CentralityOptions(WeightedBetweenness: true));
        var offices = expected.GetProperty("offices");
        plain.Offices.Count.ShouldBe(offices.EnumerateObject().Count());
        foreach (var office in offices.EnumerateObject())
        {
            var (c, x) = (plain[office.Name], office.Value);
            c.InDegree.ShouldBe(x.GetProperty("inDegree").GetInt32(), office.Name);
            c.OutDegree.ShouldBe(x.GetProperty("outDegree").GetInt32(), office.Name);
            c.InStrength.ShouldBe(x.GetProperty("inStrength").GetInt32(), office.Name);
            c.OutStrength.ShouldBe(x.GetProperty("outStrength").GetInt32(), office.Name);
            Close(c.Betweenness, x, "betweenness", 1e-9, office.Name);
            Close(weighted[office.Name].Betweenness, x, "betweennessWeighted", 1e-9, office.Name);
            Close(c.Closeness, x, "closeness", 1e-9, office.Name);
            Close(c.Harmonic, x, "harmonic", 1e-9, office.Name);
            Close(c.PageRank, x, "pageRank", 1e-9, office.Name);
            Close(c.Hub, x, "hub", 1e-6, office.Name);
            Close(c.Authority, x, "authority", 1e-6, office.Name);
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Structure_ReferenceNetwork_MatchesNetworkX(string name)
    {
        var (analysis, expected) = Load(name);
        var isolation = analysis.Isolation();
        isolation.Components.Select(c => string.Join(",", c)).Order(StringComparer.Ordinal)
            .ShouldBe(expected.GetProperty("weakComponents").EnumerateArray().Select(c => string.Join(",", c.EnumerateArray().Select(o => o.GetString()))).Order(StringComparer.Ordinal));
        isolation.ArticulationPoints.ShouldBe(expected.GetProperty("articulationPoints").EnumerateArray().Select(o => o.GetString()!));
        isolation.Bridges.Select(b => $"{b.A}-{b.B}")
            .ShouldBe(expected.GetProperty("bridges").EnumerateArray().Select(b => $"{b[0].GetString()}-{b[1].GetString()}"));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Paths_ReferencePairs_HaveNetworkXLengths(string name)
    {
        var (analysis, expected) = Load(name);
        foreach (var pair in expected.GetProperty("paths").EnumerateArray())
        {
            var (from, to, k) = (pair.GetProperty("from").GetString()!, pair.GetProperty("to").GetString()!, pair.GetProperty("k").GetInt32());
            var hops = analysis.Paths(from, to, new PathOptions(K: k));
            hops.Paths.Select(p => p.Cost).ShouldBe(pair.GetProperty("hops").EnumerateArray().Select(h => h.GetDouble()), $"{from}->{to}");
            hops.Paths.All(p => p.Hops.Count == p.Cost && p.Offices.Count == p.Hops.Count + 1).ShouldBeTrue();
            foreach (var hop in hops.Paths.SelectMany(p => p.Hops))
            {
                hop.Subjects.ShouldNotBeEmpty();
                hop.Subjects.ShouldAllBe(j => j.Request.Office == hop.To && j.Request.Subject == j.Subject && j.Offer.Office == hop.From && j.Offer.Subject == j.Subject);
            }

            (hops.NoPathReason is null).ShouldBe(hops.Paths.Count > 0);
            var weighted = analysis.Paths(from, to, new PathOptions(K: k, Weighted: true)).Paths.Select(p => p.Cost).ToList();
            var costs = pair.GetProperty("weightedCosts").EnumerateArray().Select(h => h.GetDouble()).ToList();
            weighted.Count.ShouldBe(costs.Count, $"{from}->{to} weighted");
            for (var i = 0; i < costs.Count; i++)
            {
                weighted[i].ShouldBe(costs[i], 1e-9, $"{from}->{to} weighted #{i}");
            }
        }
    }

    private static void Close(double actual, JsonElement office, string property, double tolerance, string code)
    {
        var expected = office.GetProperty(property).GetDouble();
        var ok = Math.Abs(actual - expected) <= tolerance * Math.Max(Math.Abs(actual), Math.Abs(expected)) || Math.Abs(actual - expected) < 1e-15;
        ok.ShouldBeTrue($"{code}.{property}: expected {expected:R}, got {actual:R}");
    }

    private static (NetworkAnalysis Analysis, JsonElement Expected) Load(string name)
    {
        var expectedPath = RepoPaths.Of("tests", "reference", "fixtures", name + ".expected.json");
        var datasetPath = name == "lima-2022" ? RepoPaths.Lima : RepoPaths.Of("tests", "reference", "fixtures", name + ".dataset.json");
        Assert.SkipUnless(File.Exists(datasetPath) && File.Exists(expectedPath), $"{name}: dataset or fixture not committed yet");
        var result = DatasetJson.Load(datasetPath);
        var dataset = result.Dataset.ShouldNotBeNull(string.Join("; ", result.Report.Errors));
        using var document = JsonDocument.Parse(File.ReadAllText(expectedPath));
        document.RootElement.GetProperty("dataset").GetString().ShouldBe(dataset.Name);
        return (NetworkAnalysis.Of(dataset), document.RootElement.Clone());
    }
}
