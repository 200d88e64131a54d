using BenchmarkDotNet.Attributes;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Centrality;
using CoopGraph.Analytics.Paths;

namespace CoopGraph.Benchmarks;

/// <summary>
/// One question at a time at M (200 offices, 2,000 subjects, 50k links; <see cref="ScaleNetwork"/>), the array kernel
/// beside the QuikGraph kernel it replaced; bench/igraph_kernels.py times igraph on the same network and pairs.
/// Whole-network metrics get a fresh snapshot per call (nothing cached); paths share one snapshot, as a server does.
/// QuikGraph's Edmonds–Karp match plan is too slow for BenchmarkDotNet's in-process runner at M: `scale M` times it once.
/// Run in process (<c>--inProcess</c>).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class KernelBenchmarks
{
    private NetworkSnapshot _snapshot = null!;
    private (string From, string To)[] _pairs = [];

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = NetworkSnapshot.Build(ScaleNetwork.M());
        _pairs = ScaleNetwork.Pairs(_snapshot.OfficeCodes, 100);
        _ = _snapshot.SupportEdges;
    }

    [Benchmark]
    public object MatchPlan_Dinic() => new NetworkAnalysis(NetworkSnapshot.Build(_snapshot.Dataset)).MatchPlan();

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
    public object PageRank_ThroughSubjects() => LinkAnalysis.PageRank(NetworkSnapshot.Build(_snapshot.Dataset));

    [Benchmark]
    public object Betweenness() => Brandes.Betweenness(_snapshot.Support.Value, weighted: false);

    [Benchmark]
    public object ClosenessHarmonic() => Distances.ClosenessAndHarmonic(_snapshot);

    [Benchmark]
    public object SupportGraph_Build() => Analytics.Graph.SupportGraph.Build(_snapshot);
}
