using System.Text.Json;
using CoopGraph.Domain.Formats;
using CoopGraph.Planning.Cohorts;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Planning.Tests.Cohorts;

/// <summary>Cohorts against tests/reference/cohorts_reference.py (NetworkX 3.6.1) fixtures.</summary>
public class CohortTests
{
    public static TheoryData<string> Networks => ["lima-2022", "sparse", "dense", "components"];

    [Theory]
    [MemberData(nameof(Networks))]
    public void Build_ReferenceNetworks_GivesNetworkXSimilarityGraph(string name)
    {
        var (graph, fixture) = Load(name);
        graph.Offices.ShouldBe(fixture.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToArray());
        var edges = fixture.GetProperty("edges").EnumerateArray().ToList();
        var count = 0;
        for (var a = 0; a < graph.Count; a++)
        {
            for (var b = a + 1; b < graph.Count; b++)
            {
                count += graph.Weight[a, b] > 0 ? 1 : 0;
            }
        }

        count.ShouldBe(edges.Count);
        foreach (var e in edges)
        {
            var a = Array.IndexOf(graph.Offices, e[0].GetString());
            var b = Array.IndexOf(graph.Offices, e[1].GetString());
            graph.Weight[a, b].ShouldBe(e[2].GetDouble(), 1e-15);
        }
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public void Modularity_ReferencePartitions_EqualsNetworkX(string name)
    {
        var (graph, fixture) = Load(name);
        foreach (var level in fixture.GetProperty("resolutions").EnumerateArray())
        {
            var resolution = level.GetProperty("resolution").GetDouble();
            foreach (var partition in level.GetProperty("partitions").EnumerateArray())
            {
                var labels = Labels(graph, partition.GetProperty("communities"));
                Louvain.Modularity(graph.Weight, labels, resolution)
                    .ShouldBe(partition.GetProperty("modularity").GetDouble(), 1e-9, partition.GetProperty("source").GetString());
            }
        }
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public void Detect_ReferenceNetworks_AtLeastNetworkXLouvainBestOfTenSeeds(string name)
    {
        var (graph, fixture) = Load(name);
        foreach (var level in fixture.GetProperty("resolutions").EnumerateArray())
        {
            var resolution = level.GetProperty("resolution").GetDouble();
            var labels = Louvain.Detect(graph.Weight, resolution, seed: 1, CohortFinder.Runs);
            var ours = Louvain.Modularity(graph.Weight, labels, resolution);
            var best = level.GetProperty("louvainBest").GetProperty("modularity").GetDouble();
            ours.ShouldBeGreaterThanOrEqualTo(best - 1e-12, $"{name} at resolution {resolution}");
        }
    }

    [Fact]
    public void Find_Lima_EveryRequestingOfficeInOneCohortWithItsModularity()
    {
        var result = CohortFinder.Find(PlanningData.Lima, 1.0);
        var members = result.Cohorts.SelectMany(c => c.Offices).ToList();
        members.Count.ShouldBe(members.Distinct().Count());
        members.Count.ShouldBe(17);
        result.WithoutRequests.ShouldBe(["JPN"]);
        var (graph, fixture) = Load("lima-2022");
        var best = fixture.GetProperty("resolutions")[1].GetProperty("louvainBest").GetProperty("modularity").GetDouble();
        result.Modularity.ShouldBeGreaterThanOrEqualTo(best - 1e-12);
        result.Edges.ShouldBe(fixture.GetProperty("edges").GetArrayLength());
        result.Cohorts.ShouldAllBe(c => c.Subjects.Count > 0);
        _ = graph;
    }

    [Fact]
    public void Find_Resolution_HigherGivesAtLeastAsManyCohorts()
    {
        var low = CohortFinder.Find(PlanningData.Lima, 0.5);
        var high = CohortFinder.Find(PlanningData.Lima, 2.0);
        high.Cohorts.Count.ShouldBeGreaterThanOrEqualTo(low.Cohorts.Count);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Find_BadResolution_ThrowsNamingIt(double resolution)
    {
        Should.Throw<PlanningInputException>(() => CohortFinder.Find(PlanningData.Lima, resolution)).Argument.ShouldBe("resolution");
    }

    private static (SimilarityGraph Graph, JsonElement Fixture) Load(string name)
    {
        var datasetPath = name == "lima-2022" ? RepoPaths.Lima : RepoPaths.Of("tests", "reference", "fixtures", name + ".dataset.json");
        var dataset = DatasetJson.Load(datasetPath).Dataset.ShouldNotBeNull();
        var fixture = JsonDocument.Parse(File.ReadAllText(RepoPaths.Of("tests", "reference", "fixtures", name + ".cohorts.json"))).RootElement;
        return (SimilarityGraph.Build(dataset), fixture);
    }

    private static int[] Labels(SimilarityGraph graph, JsonElement communities)
    {
        var labels = Enumerable.Repeat(-1, graph.Count).ToArray();
        var c = 0;
        foreach (var community in communities.EnumerateArray())
        {
            foreach (var office in community.EnumerateArray())
            {
                labels[Array.IndexOf(graph.Offices, office.GetString())] = c;
            }

            c++;
        }

        labels.ShouldAllBe(l => l >= 0);
        return labels;
    }
}
