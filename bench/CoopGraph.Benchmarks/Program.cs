using BenchmarkDotNet.Running;
using CoopGraph.Benchmarks;
using CoopGraph.Domain.Formats;

// `write M|L path.json` writes a generated network for bench/igraph_kernels.py; `scale M|L [pagerank.json]` runs every
// kernel once with times and peak memory (ScaleRun); `cpu M` times the igraph-compared kernels by CPU time (CpuRun); anything else runs BenchmarkDotNet.
if (args is ["write", var size, var path])
{
    File.WriteAllText(path, DatasetJson.Serialize(ScaleNetwork.Of(size)));
    return;
}

if (args is ["cpu", var cpuSize])
{
    CpuRun.Run(cpuSize);
    return;
}

if (args is ["scale", var scaleSize, ..])
{
    ScaleRun.Run(scaleSize, args.Length > 2 ? args[2] : null);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalysisBenchmarks).Assembly).Run(args);
