using CoopGraph.Analytics.Matching;
using CoopGraph.Analytics.Paths;
using CoopGraph.Domain;
using QuikGraph;
using QuikGraph.Algorithms.MaximumFlow;
using QuikGraph.Algorithms.ShortestPath;

namespace CoopGraph.Analytics.Tests;

/// <summary>
/// The array kernels against QuikGraph (the kernels they replaced) and against plain definitions on the projected
/// support graph, on seeded random networks.
/// </summary>
public class KernelAgreementTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Paths_RandomNetwork_SameCostsAsQuikGraphYen(int seed)
    {
        var analysis = NetworkAnalysis.Of(Random(seed, offices: 18, subjects: 14, links: 70));
        var rng = new Random(seed);
        var codes = analysis.Snapshot.OfficeCodes;
        foreach (var weighted in new[] { false, true })
        {
            var graph = new AdjacencyGraph<string, EquatableTaggedEdge<string, double>>();
            graph.AddVertexRange(codes);
            foreach (var e in analysis.Snapshot.SupportEdges)
            {
                graph.AddEdge(new EquatableTaggedEdge<string, double>(e.From, e.To, weighted ? 1.0 / e.Weight : 1.0));
            }

            for (var pair = 0; pair < 25; pair++)
            {
                var (from, to) = (codes[rng.Next(codes.Count)], codes[rng.Next(codes.Count)]);
                if (from == to)
                {
                    continue;
                }

                var actual = analysis.Paths(from, to, new PathOptions(K: 4, Weighted: weighted)).Paths.Select(p => p.Cost).ToList();
                var expected = QuikGraphYen(graph, from, to);
                actual.Count.ShouldBe(expected.Count, $"seed {seed} {from}->{to} weighted={weighted}");
                for (var i = 0; i < expected.Count; i++)
                {
                    actual[i].ShouldBe(expected[i], 1e-9, $"seed {seed} {from}->{to} #{i} weighted={weighted}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MatchPlan_RandomNetwork_CoversAsManyAsQuikGraphEdmondsKarpPerRequest(int seed)
    {
        var dataset = Random(seed, offices: 30, subjects: 20, links: 160);
        var analysis = NetworkAnalysis.Of(dataset);
        foreach (var capacity in new[] { 1, 2, 4 })
        {
            analysis.MatchPlan(capacity).Assigned.ShouldBe(EdmondsKarpPerRequest(dataset, capacity), $"seed {seed}, c = {capacity}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MatchPlan_ChainGadgetForEverySubject_SameCoverageAndValidAssignments(int seed)
    {
        var dataset = Random(seed, offices: 30, subjects: 12, links: 200);
        var snapshot = NetworkSnapshot.Build(dataset);
        foreach (var mode in new[] { CapacityMode.Total, CapacityMode.PerSubject })
        {
            foreach (var capacity in new[] { 1, 2, 5 })
            {
                var chained = MatchPlanner.Plan(snapshot, capacity, mode, chainAbove: 0);
                chained.Assigned.ShouldBe(MatchPlanner.Plan(snapshot, capacity, mode, chainAbove: int.MaxValue).Assigned, $"seed {seed} c={capacity} {mode}");
                chained.Coverable.ShouldBe(MatchPlanner.Plan(snapshot, capacity, mode, chainAbove: int.MaxValue).Coverable);
                chained.Assignments.ShouldAllBe(a => a.Provider != a.Office && a.Offer.Subject == a.Subject && a.Request.Office == a.Office && a.Request.Subject == a.Subject);
                var load = mode == CapacityMode.Total
                    ? chained.Assignments.GroupBy(a => a.Provider)
                    : chained.Assignments.GroupBy(a => a.Provider + "|" + a.Subject);
                load.ShouldAllBe(g => g.Count() <= capacity);
                chained.Assignments.Select(a => a.Request).Distinct().Count().ShouldBe(chained.Assigned);
            }
        }

        if (seed == 1)
        {
            MatchPlanner.Plan(snapshot, 2, CapacityMode.Total, chainAbove: 0).Assigned.ShouldBe(EdmondsKarpPerRequest(dataset, 2));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void LinkAnalysis_RandomNetwork_MatchesPowerIterationOnProjection(int seed)
    {
        var analysis = NetworkAnalysis.Of(Random(seed, offices: 40, subjects: 25, links: 300));
        var codes = analysis.Snapshot.OfficeCodes;
        var index = codes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var edges = analysis.Snapshot.SupportEdges.Select(e => (From: index[e.From], To: index[e.To], e.Weight)).ToList();
        var n = codes.Count;
        var strength = new double[n];
        foreach (var (from, _, w) in edges)
        {
            strength[from] += w;
        }

        // NetworkX's _pagerank_python, edge by edge, run to the same stopping rule.
        var x = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (var iteration = 0; iteration < 1000; iteration++)
        {
            var dangling = Enumerable.Range(0, n).Where(v => strength[v] == 0).Sum(v => x[v]);
            var next = Enumerable.Repeat((0.85 * dangling / n) + (0.15 / n), n).ToArray();
            foreach (var (from, to, w) in edges)
            {
                next[to] += 0.85 * x[from] * w / strength[from];
            }

            var change = next.Zip(x).Sum(p => Math.Abs(p.First - p.Second));
            x = next;
            if (change < 1e-13)
            {
                break;
            }
        }

        var centrality = analysis.Centrality();
        for (var v = 0; v < n; v++)
        {
            var c = centrality[codes[v]];
            c.PageRank.ShouldBe(x[v], 1e-9 * x[v], codes[v]);
            c.InDegree.ShouldBe(edges.Count(e => e.To == v));
            c.OutDegree.ShouldBe(edges.Count(e => e.From == v));
            c.InStrength.ShouldBe(edges.Where(e => e.To == v).Sum(e => e.Weight));
            c.OutStrength.ShouldBe(edges.Where(e => e.From == v).Sum(e => e.Weight));
        }
    }

    private static List<double> QuikGraphYen(AdjacencyGraph<string, EquatableTaggedEdge<string, double>> graph, string from, string to)
    {
        try
        {
            return [.. new YenShortestPathsAlgorithm<string>(graph, from, to, 4, e => e.Tag).Execute().Select(p => p.Sum(e => e.Tag))];
        }
        catch (NoPathFoundException)
        {
            return [];
        }
    }

    /// <summary>A seeded random network: <paramref name="links"/> request or offer draws (duplicates dropped).</summary>
    internal static Dataset Random(int seed, int offices, int subjects, int links)
    {
        var rng = new Random(seed);
        var requests = new List<string>();
        var offers = new List<string>();
        for (var i = 0; i < links; i++)
        {
            var link = $"O{rng.Next(offices):D2}:a{(int)(subjects * Math.Pow(rng.NextDouble(), 2)):D2}";
            (rng.Next(2) == 0 ? requests : offers).Add(link);
        }

        var codes = string.Join(' ', Enumerable.Range(0, offices).Select(o => $"O{o:D2}"));
        return Networks.Make(codes, string.Join(' ', requests.Distinct()), string.Join(' ', offers.Distinct()));
    }

    /// <summary>One node per request (no grouping): source → request (1) → offering office (1) → sink (c).</summary>
    private static int EdmondsKarpPerRequest(Dataset d, int capacity)
    {
        var graph = new AdjacencyGraph<string, TaggedEdge<string, double>>();
        graph.AddVertexRange(["source", "sink"]);
        foreach (var office in d.Offices)
        {
            graph.AddVertex("o:" + office.Code);
            graph.AddEdge(new TaggedEdge<string, double>("o:" + office.Code, "sink", capacity));
        }

        foreach (var (request, i) in d.Requests.Select((r, i) => (r, i)))
        {
            graph.AddVertex("r" + i);
            graph.AddEdge(new TaggedEdge<string, double>("source", "r" + i, 1));
            foreach (var offer in d.Offers.Where(o => o.Subject == request.Subject && o.Office != request.Office))
            {
                graph.AddEdge(new TaggedEdge<string, double>("r" + i, "o:" + offer.Office, 1));
            }
        }

        EdgeFactory<string, TaggedEdge<string, double>> factory = (s, t) => new TaggedEdge<string, double>(s, t, 0);
        var augmentor = new ReversedEdgeAugmentorAlgorithm<string, TaggedEdge<string, double>>(graph, factory);
        augmentor.AddReversedEdges();
        var flow = new EdmondsKarpMaximumFlowAlgorithm<string, TaggedEdge<string, double>>(graph, e => e.Tag, factory, augmentor);
        flow.Compute("source", "sink");
        return (int)Math.Round(flow.MaxFlow);
    }
}
