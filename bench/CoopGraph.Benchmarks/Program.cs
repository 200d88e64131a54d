using BenchmarkDotNet.Running;
using CoopGraph.Benchmarks;
using CoopGraph.Domain.Formats;

// `write M|L path.json` writes a generated network for bench/igraph_kernels.py; anything else runs BenchmarkDotNet.
if (args is ["write", var size, var path])
{
    File.WriteAllText(path, DatasetJson.Serialize(ScaleNetwork.Of(size)));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(AnalysisBenchmarks).Assembly).Run(args);
