using System.Diagnostics;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Centrality;
using CoopGraph.Analytics.Paths;

namespace CoopGraph.Benchmarks;

/// <summary>
/// `cpu M`: the kernels igraph is compared with, timed by process CPU time (user + system) rather than the wall clock,
/// which on a shared machine measures the other users as much as the code. Each kernel is warmed up (≥ 0.5 s), then
/// called in 7 batches of one size, the first size that takes at least 100 ms of CPU; the median per call is printed
/// (with the wall clock beside it). bench/igraph_kernels.py --cpu prints igraph's CPU time per call the same way.
/// </summary>
internal static class CpuRun
{
    public static void Run(string size)
    {
        var snapshot = NetworkSnapshot.Build(ScaleNetwork.Of(size));
        // Office indices resolved once, as igraph_kernels.py passes vertex ids: the timed calls are the searches alone.
        var pairs = ScaleNetwork.Pairs(snapshot.OfficeCodes, 100).Select(p => (From: snapshot.IndexOfOffice(p.From), To: snapshot.IndexOfOffice(p.To))).ToArray();
        var graph = snapshot.Support.Value;
        var all = Enumerable.Repeat(true, snapshot.SubjectIds.Count).ToArray();
        Console.WriteLine($"{size}: {snapshot.OfficeCount} offices, {graph.EdgeCount} support edges; bit rows: {Brandes.UseBitRows(graph, weighted: false)}");
        Time("betweenness (exact)", () => Brandes.Betweenness(graph, weighted: false));
        Time("betweenness (edge lists)", () => Brandes.Betweenness(graph, weighted: false, bitRows: false));
        Time("paths100 (kernel)", () =>
        {
            var search = new PathSearch(snapshot, all, weighted: false);
            return pairs.Sum(p => search.KShortest(p.From, p.To, 1).Count);
        });
        Time("yen10k5 (kernel)", () =>
        {
            var search = new PathSearch(snapshot, all, weighted: false);
            return pairs.Take(10).Sum(p => search.KShortest(p.From, p.To, 5).Count);
        });
        Time("closeness+harmonic", () => Distances.ClosenessAndHarmonic(snapshot));
        Time("pagerank", () => LinkAnalysis.PageRank(snapshot));
        Time("match plan (c = 3)", () => Analytics.Matching.MatchPlanner.Plan(snapshot, NetworkAnalysis.DefaultCapacity, Analytics.Matching.CapacityMode.Total));
    }

    private static void Time(string name, Func<object> kernel)
    {
        // Warm up long enough for tiered compilation to reach its optimised code (3 calls would still time tier 0).
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < 3 || warm.ElapsedMilliseconds < 500; i++)
        {
            kernel();
        }

        // Batch size: doubled until one batch takes at least 100 ms of CPU, then fixed for all 7 batches (a batch is
        // never dropped for being short, which would bias the median upwards).
        var calls = 1;
        while (Batch(kernel, calls).Cpu < 100 && calls < 1 << 24)
        {
            calls *= 2;
        }

        var batches = Enumerable.Range(0, 7).Select(_ => Batch(kernel, calls)).ToList();
        var cpu = batches.Select(b => b.Cpu / calls).Order().ElementAt(3);
        var wall = batches.Select(b => b.Wall / calls).Order().ElementAt(3);
        Console.WriteLine($"CoopGraph {name,-26} median CPU {cpu,10:0.000} ms per call, wall {wall,10:0.000} ms ({calls} calls per batch)");
    }

    /// <summary>CPU (user + system) and wall milliseconds of one batch.</summary>
    private static (double Cpu, double Wall) Batch(Func<object> kernel, int calls)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var wall = Stopwatch.GetTimestamp();
        for (var i = 0; i < calls; i++)
        {
            kernel();
        }

        return ((Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds, Stopwatch.GetElapsedTime(wall).TotalMilliseconds);
    }
}
