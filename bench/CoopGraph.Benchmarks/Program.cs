using BenchmarkDotNet.Running;
using CoopGraph.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(AnalysisBenchmarks).Assembly).Run(args);
