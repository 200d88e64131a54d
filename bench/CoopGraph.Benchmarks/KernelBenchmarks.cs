using BenchmarkDotNet.Attributes;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Centrality;
using CoopGraph.Analytics.Paths;

namespace CoopGraph.Benchmarks;

/// <summary>
/// One question at a time at M (200 offices, 2,000 subjects, 50k links; <see cref="ScaleNetwork"/>), the array kernel
/// beside the QuikGraph kernel it replaced; bench/igraph_kernels.py times igraph on the same network and pairs.
/// Kernels are called directly on one prebuilt snapshot (they cache nothing themselves); Centrality_AllMetrics is the
/// whole public call from a fresh snapshot, evidence included.
/// QuikGraph's Edmonds–Karp match plan is too slow for BenchmarkDotNet's in-process runner at M: `scale M` times it once.
/// Run in process (<c>--inProcess</c>).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class KernelBenchmarks
{
    private NetworkSnapshot _snapshot = null!;
    private (string From, string To)[] _pairs = [];
    private QuikGraph.BidirectionalGraph<int, QuikGraph.Edge<int>> _quik = null!;

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = NetworkSnapshot.Build(ScaleNetwork.M());
        _pairs = ScaleNetwork.Pairs(_snapshot.OfficeCodes, 100);
        _ = _snapshot.SupportEdges;
        _quik = QuikGraphBaselines.SupportGraph(_snapshot);
    }

    [Benchmark]
    public int Components_UnionFind() => Analytics.Isolation.WeakComponents.Compute(_snapshot).Length;

    /// <summary>QuikGraph's weak components on a prebuilt graph (the build, which the old code also paid once, excluded).</summary>
    [Benchmark]
    public int Components_QuikGraphPrebuilt() => QuikGraphBaselines.WeakComponents(_quik);

    [Benchmark]
    public object Centrality_AllMetrics() => new NetworkAnalysis(NetworkSnapshot.Build(_snapshot.Dataset)).Centrality();

    /// <summary>The bipartite index every kernel reads (igraph's counterpart, its projection, is not timed there).</summary>
    [Benchmark]
    public object Snapshot_Build() => NetworkSnapshot.Build(_snapshot.Dataset);

    /// <summary>Dinic plus the plan with its request/offer evidence (the planner caches nothing).</summary>
    [Benchmark]
    public object MatchPlan_Dinic() => Analytics.Matching.MatchPlanner.Plan(_snapshot, NetworkAnalysis.DefaultCapacity, Analytics.Matching.CapacityMode.Total);

    [Benchmark]
    public int Paths100_Bfs()
    {
        var analysis = new NetworkAnalysis(_snapshot);
        return _pairs.Sum(p => analysis.Paths(p.From, p.To).Paths.Count);
    }

    /// <summary>The kernel alone (vertex lists, as igraph returns), without the hop evidence the API adds.</summary>
    [Benchmark]
    public int Paths100_BfsKernelOnly()
    {
        var search = new PathSearch(_snapshot, Enumerable.Repeat(true, _snapshot.SubjectIds.Count).ToArray(), weighted: false);
        return _pairs.Sum(p => search.KShortest(_snapshot.IndexOfOffice(p.From), _snapshot.IndexOfOffice(p.To), 1).Count);
    }

    [Benchmark]
    public int Yen10K5_BfsKernelOnly()
    {
        var search = new PathSearch(_snapshot, Enumerable.Repeat(true, _snapshot.SubjectIds.Count).ToArray(), weighted: false);
        return _pairs.Take(10).Sum(p => search.KShortest(_snapshot.IndexOfOffice(p.From), _snapshot.IndexOfOffice(p.To), 5).Count);
    }

    [Benchmark]
    public int Paths100_QuikGraph() => _pairs.Sum(p => QuikGraphBaselines.Yen(_snapshot, p.From, p.To, 1));

    [Benchmark]
    public int Yen10K5_Bfs()
    {
        var analysis = new NetworkAnalysis(_snapshot);
        return _pairs.Take(10).Sum(p => analysis.Paths(p.From, p.To, new PathOptions(K: 5)).Paths.Count);
    }

    [Benchmark]
    public int Yen10K5_QuikGraph() => _pairs.Take(10).Sum(p => QuikGraphBaselines.Yen(_snapshot, p.From, p.To, 5));

    [Benchmark]
    public object PageRank_ThroughSubjects() => LinkAnalysis.PageRank(_snapshot);

    [Benchmark]
    public object Betweenness() => Brandes.Betweenness(_snapshot.Support.Value, weighted: false);

    [Benchmark]
    public object ClosenessHarmonic() => Distances.ClosenessAndHarmonic(_snapshot);

    [Benchmark]
    public object SupportGraph_Build() => Analytics.Graph.SupportGraph.Build(_snapshot);
}
