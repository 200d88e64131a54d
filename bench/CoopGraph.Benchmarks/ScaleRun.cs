using System.Diagnostics;
using System.Text.Json;
using CoopGraph.Analytics;
using CoopGraph.Analytics.Isolation;
using CoopGraph.Analytics.Paths;

namespace CoopGraph.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- scale L [pagerank.json]</c>: every kernel once on a generated network, in process,
/// with its wall time and the process's peak working set afterwards (BenchmarkDotNet's repetitions would take hours at
/// L). Optionally writes PageRank for bench/igraph_kernels.py --compare.
/// </summary>
internal static class ScaleRun
{
    public static void Run(string size, string? pageRankPath)
    {
        var total = Stopwatch.StartNew();
        var dataset = Step("generate", () => ScaleNetwork.Of(size));
        var snapshot = Step("snapshot (bipartite index)", () => NetworkSnapshot.Build(dataset));
        Console.WriteLine($"  {snapshot.OfficeCodes.Count} offices, {snapshot.SubjectIds.Count} subjects, {dataset.Requests.Count + dataset.Offers.Count} links");
        var analysis = new NetworkAnalysis(snapshot);
        var pageRank = Step("PageRank (through subjects)", () => analysis.PageRankScores);
        Console.WriteLine($"  {pageRank.Iterations} iterations, last L1 change {pageRank.LastChange:0.##e0}, converged {pageRank.Converged}");
        var degrees = Step("degrees and strengths", () => analysis.Degrees);
        Console.WriteLine($"  support edges (Σ out-degree, never materialised): {degrees.Out.Sum(d => (long)d)}");
        Step("HITS (through subjects)", () => analysis.HitsScores);
        var needs = Step("unmet/fragile needs", analysis.UnmetNeeds);
        Console.WriteLine($"  coverage {needs.CoverageRatio:P1}");
        var components = Step("weak components (union-find)", () => WeakComponents.Compute(snapshot));
        Console.WriteLine($"  {components.Max() + 1} components");
        // The full result lists each pair's subjects both ways (millions of lists at L): the kernel alone, counted.
        var pairs = Step("reciprocal pairs (kernel, counted)", () => BilateralAnalyzer.ReciprocalIndexPairs(snapshot).LongCount());
        Console.WriteLine($"  {pairs} pairs");
        var plan = Step("match plan (Dinic)", () => analysis.MatchPlan());
        Console.WriteLine($"  {plan.Assigned} of {plan.Requests} requests assigned");
        if (size == "M")
        {
            var flow = Step("match plan flow, QuikGraph Edmonds-Karp (old kernel)", () => QuikGraphBaselines.MatchPlanFlow(snapshot, NetworkAnalysis.DefaultCapacity));
            Console.WriteLine($"  flow {flow}");
        }

        var codes = snapshot.OfficeCodes;
        var pair = ScaleNetwork.Pairs(codes, 1)[0];
        var path = Step($"single-pair path {pair.From} -> {pair.To} (hops)", () => analysis.Paths(pair.From, pair.To));
        Console.WriteLine($"  {(path.Paths.Count > 0 ? path.Paths[0].Cost : double.NaN)} hops");
        Step("Yen k=5, same pair", () => analysis.Paths(pair.From, pair.To, new PathOptions(K: 5)));
        Step("weighted path (1/w), same pair", () => analysis.Paths(pair.From, pair.To, new PathOptions(Weighted: true)));
        // The path and the match plan results carry request/offer evidence; at L they stay small.
        var betweenness = Step("betweenness (auto: exact or sampled)", () => analysis.Betweenness(weighted: false, exact: false));
        Console.WriteLine($"  {string.Join("; ", betweenness.Parameters.Select(p => $"{p.Name}={p.Value}"))}");
        Step("closeness + harmonic (exact, bipartite BFS)", () => analysis.ClosenessHarmonic);
        Console.WriteLine($"total {total.Elapsed.TotalSeconds:0.0} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):0} MiB");
        if (pageRankPath is not null)
        {
            File.WriteAllText(pageRankPath, JsonSerializer.Serialize(codes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => pageRank.Ranks[p.i])));
        }
    }

    private static T Step<T>(string name, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        var result = work();
        Console.WriteLine($"{name,-48} {watch.Elapsed.TotalSeconds,8:0.000} s   peak {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024),6:0} MiB");
        return result;
    }
}
