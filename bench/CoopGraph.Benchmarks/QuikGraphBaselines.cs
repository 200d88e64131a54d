using CoopGraph.Analytics;
using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;
using QuikGraph.Algorithms.MaximumFlow;
using QuikGraph.Algorithms.ShortestPath;

namespace CoopGraph.Benchmarks;

/// <summary>
/// The QuikGraph kernels the array kernels replaced, rebuilt here from public data exactly as the old code used them,
/// so one BenchmarkDotNet run times old and new side by side (docs/kernels.md).
/// </summary>
internal static class QuikGraphBaselines
{
    /// <summary>The old match plan: Edmonds–Karp on source → request group → office (c) → sink, groups as before.</summary>
    public static double MatchPlanFlow(NetworkSnapshot s, int capacity)
    {
        var d = s.Dataset;
        var offerers = d.Offers.GroupBy(o => o.Subject).ToDictionary(g => g.Key, g => g.Select(o => o.Office).Order(StringComparer.Ordinal).ToList());
        var graph = new AdjacencyGraph<string, TaggedEdge<string, double>>();
        graph.AddVertexRange(["source", "sink"]);
        graph.AddVertexRange(s.OfficeCodes);
        foreach (var subject in d.Subjects.Where(x => !x.CrossCutting))
        {
            var offices = offerers.GetValueOrDefault(subject.Id) ?? [];
            var requesters = d.Requests.Where(r => r.Subject == subject.Id).Select(r => r.Office).ToList();
            var outsiders = requesters.Count(r => !offices.Contains(r));
            foreach (var (node, size, self) in requesters.Where(offices.Contains).Select(r => ($"{subject.Id}|{r}", 1, (string?)r))
                .Append(($"{subject.Id}|*", outsiders, (string?)null)).Where(g => g.Item2 > 0))
            {
                graph.AddVertex(node);
                graph.AddEdge(new TaggedEdge<string, double>("source", node, size));
                foreach (var provider in offices.Where(o => o != self))
                {
                    graph.AddEdge(new TaggedEdge<string, double>(node, provider, size));
                }
            }
        }

        foreach (var office in s.OfficeCodes)
        {
            graph.AddEdge(new TaggedEdge<string, double>(office, "sink", capacity));
        }

        EdgeFactory<string, TaggedEdge<string, double>> factory = (a, b) => new TaggedEdge<string, double>(a, b, 0);
        var augmentor = new ReversedEdgeAugmentorAlgorithm<string, TaggedEdge<string, double>>(graph, factory);
        augmentor.AddReversedEdges();
        var flow = new EdmondsKarpMaximumFlowAlgorithm<string, TaggedEdge<string, double>>(graph, e => e.Tag, factory, augmentor);
        flow.Compute("source", "sink");
        return flow.MaxFlow;
    }

    /// <summary>The support graph as the old code held it for components: a QuikGraph BidirectionalGraph of office indices.</summary>
    public static BidirectionalGraph<int, Edge<int>> SupportGraph(NetworkSnapshot s)
    {
        var graph = new BidirectionalGraph<int, Edge<int>>(allowParallelEdges: false);
        graph.AddVertexRange(Enumerable.Range(0, s.OfficeCodes.Count));
        foreach (var e in s.SupportEdges)
        {
            graph.AddEdge(new Edge<int>(s.IndexOfOffice(e.From), s.IndexOfOffice(e.To)));
        }

        return graph;
    }

    /// <summary>The old weak components: QuikGraph's algorithm on that graph.</summary>
    public static int WeakComponents(BidirectionalGraph<int, Edge<int>> graph)
    {
        var components = new WeaklyConnectedComponentsAlgorithm<int, Edge<int>>(graph);
        components.Compute();
        return components.ComponentCount;
    }

    /// <summary>The old path query: a QuikGraph copy of the support graph per query, then Yen.</summary>
    public static int Yen(NetworkSnapshot s, string from, string to, int k)
    {
        var graph = new AdjacencyGraph<string, EquatableTaggedEdge<string, double>>(allowParallelEdges: false);
        graph.AddVertexRange(s.OfficeCodes);
        foreach (var e in s.SupportEdges)
        {
            graph.AddEdge(new EquatableTaggedEdge<string, double>(e.From, e.To, 1.0));
        }

        try
        {
            return new YenShortestPathsAlgorithm<string>(graph, from, to, k, e => e.Tag).Execute().Count();
        }
        catch (NoPathFoundException)
        {
            return 0;
        }
    }
}
