using BenchmarkDotNet.Attributes;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Reporting;
using CoopGraph.Domain;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Benchmarks;

/// <summary>
/// The full analysis (what <c>coopgraph analyze</c> computes) from a fresh snapshot, so nothing is cached between
/// iterations: Lima 2022 and a generated 200-office network (bench/data/generated-200.json, also timed with NetworkX by
/// bench/networkx_bench.py).
/// </summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks
{
    private Dataset _lima = null!;
    private Dataset _generated = null!;

    [GlobalSetup]
    public void Setup()
    {
        _lima = Load(RepoPaths.Lima);
        _generated = Load(RepoPaths.Of("bench", "data", "generated-200.json"));
    }

    [Benchmark]
    public AnalysisReport FullSuite_Lima() => NetworkAnalysis.Of(_lima).Report();

    [Benchmark]
    public AnalysisReport FullSuite_Generated200() => NetworkAnalysis.Of(_generated).Report();

    private static Dataset Load(string path) =>
        DatasetJson.Load(path).Dataset ?? throw new InvalidOperationException(path + " is not a valid dataset");
}
