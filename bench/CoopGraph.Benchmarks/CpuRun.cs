using System.Diagnostics;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Centrality;
using CoopGraph.Analytics.Paths;

namespace CoopGraph.Benchmarks;

/// <summary>
/// `cpu M`: the kernels igraph is compared with, timed by process CPU time (user + system) rather than the wall clock,
/// which on a shared machine measures the other users as much as the code. Each kernel is warmed up, then called in
/// batches of at least 20 ms of CPU; the median of 7 batches per call is printed. bench/igraph_kernels.py prints
/// igraph's CPU time per call the same way.
/// </summary>
internal static class CpuRun
{
    public static void Run(string size)
    {
        var snapshot = NetworkSnapshot.Build(ScaleNetwork.Of(size));
        var pairs = ScaleNetwork.Pairs(snapshot.OfficeCodes, 100);
        var graph = snapshot.Support.Value;
        var all = Enumerable.Repeat(true, snapshot.SubjectIds.Count).ToArray();
        Console.WriteLine($"{size}: {snapshot.OfficeCount} offices, {graph.EdgeCount} support edges; bit rows: {Brandes.UseBitRows(graph, weighted: false)}");
        Time("betweenness (exact)", () => Brandes.Betweenness(graph, weighted: false));
        Time("betweenness (edge lists)", () => Brandes.Betweenness(graph, weighted: false, bitRows: false));
        Time("paths100 (kernel)", () =>
        {
            var search = new PathSearch(snapshot, all, weighted: false);
            return pairs.Sum(p => search.KShortest(snapshot.IndexOfOffice(p.From), snapshot.IndexOfOffice(p.To), 1).Count);
        });
        Time("yen10k5 (kernel)", () =>
        {
            var search = new PathSearch(snapshot, all, weighted: false);
            return pairs.Take(10).Sum(p => search.KShortest(snapshot.IndexOfOffice(p.From), snapshot.IndexOfOffice(p.To), 5).Count);
        });
        Time("closeness+harmonic", () => Distances.ClosenessAndHarmonic(snapshot));
        Time("pagerank", () => LinkAnalysis.PageRank(snapshot));
    }

    private static void Time(string name, Func<object> kernel)
    {
        for (var i = 0; i < 3; i++)
        {
            kernel();
        }

        var process = Process.GetCurrentProcess();
        var calls = 1;
        var perCall = new List<double>();
        while (perCall.Count < 7)
        {
            process.Refresh();
            var start = process.TotalProcessorTime;
            for (var i = 0; i < calls; i++)
            {
                kernel();
            }

            process.Refresh();
            var ms = (process.TotalProcessorTime - start).TotalMilliseconds;
            if (ms < 20 && calls < 1 << 20)
            {
                calls *= 2;
                continue;
            }

            perCall.Add(ms / calls);
        }

        perCall.Sort();
        Console.WriteLine($"CoopGraph {name,-26} median CPU {perCall[3],10:0.000} ms per call ({calls} calls per batch)");
    }
}
