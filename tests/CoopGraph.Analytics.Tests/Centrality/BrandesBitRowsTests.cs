using CoopGraph.Analytics.Centrality;

namespace CoopGraph.Analytics.Tests.Centrality;

/// <summary>The bit-row Brandes (dense graphs, unweighted) gives the same bits as the edge-list Brandes.</summary>
public class BrandesBitRowsTests
{
    [Theory]
    [InlineData(1, 12, 6, 30)]
    [InlineData(2, 40, 30, 90)]
    [InlineData(3, 70, 20, 600)]
    [InlineData(4, 130, 60, 900)]
    [InlineData(5, 65, 4, 200)]
    public void Betweenness_BitRows_SameBitsAsEdgeLists(int seed, int offices, int subjects, int links)
    {
        var random = new Random(seed);
        var codes = Enumerable.Range(0, offices).Select(i => $"O{i:000}").ToList();
        string Links() => string.Join(" ", Enumerable.Range(0, links).Select(_ => $"{codes[random.Next(offices)]}:s{random.Next(subjects)}").Distinct());
        var requests = Links();
        var offers = string.Join(" ", Links().Split(' ').Where(o => !requests.Split(' ').Contains(o)));
        var graph = NetworkSnapshot.Build(Networks.Make(string.Join(" ", codes), requests, offers)).Support.Value;

        var bits = Brandes.Betweenness(graph, weighted: false, bitRows: true);
        var edges = Brandes.Betweenness(graph, weighted: false, bitRows: false);

        bits.Select(BitConverter.DoubleToInt64Bits).ShouldBe(edges.Select(BitConverter.DoubleToInt64Bits));
        edges.ShouldContain(b => b > 0);
    }
}
