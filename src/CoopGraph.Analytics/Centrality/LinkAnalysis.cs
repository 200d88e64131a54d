using CoopGraph.Analytics.Graph;

namespace CoopGraph.Analytics.Centrality;

/// <summary>
/// PageRank and HITS by power iteration, step for step as NetworkX's pure-Python <c>_pagerank_python</c> and
/// <c>_hits_python</c>. QuikGraph's PageRankAlgorithm is not used: its ranks sum to N rather than 1, and it drops the
/// rank of offices with no out-edge (offices that help nobody) instead of spreading it over all offices, so its scores
/// cannot be compared with NetworkX or read as probabilities.
/// </summary>
internal static class LinkAnalysis
{
    public const double Alpha = 0.85;
    public const double PageRankTolerance = 1e-6;
    public const double HitsTolerance = 1e-8;
    public const int MaxIterations = 100;

    public static (double[] Ranks, int Iterations) PageRank(SupportGraph g)
    {
        var n = g.OfficeCount;
        if (n == 0)
        {
            return ([], 0);
        }

        var outStrength = new double[n];
        for (var e = 0; e < g.EdgeCount; e++)
        {
            outStrength[g.From[e]] += g.Weight[e];
        }

        var x = new double[n];
        var last = new double[n];
        Array.Fill(x, 1.0 / n);
        var p = 1.0 / n;
        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            (x, last) = (last, x);
            Array.Clear(x);
            var dangling = 0.0;
            for (var v = 0; v < n; v++)
            {
                if (outStrength[v] == 0)
                {
                    dangling += last[v];
                }
            }

            dangling *= Alpha;
            for (var v = 0; v < n; v++)
            {
                for (var e = g.OutStart[v]; e < g.OutStart[v + 1]; e++)
                {
                    x[g.To[e]] += Alpha * last[v] * (g.Weight[e] / outStrength[v]);
                }

                x[v] += (dangling * p) + ((1.0 - Alpha) * p);
            }

            var error = 0.0;
            for (var v = 0; v < n; v++)
            {
                error += Math.Abs(x[v] - last[v]);
            }

            if (error < n * PageRankTolerance)
            {
                return (x, iteration);
            }
        }

        return (x, MaxIterations);
    }

    /// <summary>HITS; without any edge every office gets 1/n (NetworkX's pure-Python version divides by zero there).</summary>
    public static (double[] Hubs, double[] Authorities, int Iterations, bool Converged) Hits(SupportGraph g)
    {
        var n = g.OfficeCount;
        var h = new double[n];
        var a = new double[n];
        if (n == 0)
        {
            return (h, a, 0, true);
        }

        Array.Fill(h, 1.0 / n);
        if (g.EdgeCount == 0)
        {
            Array.Fill(a, 1.0 / n);
            return (h, a, 0, true);
        }

        var last = new double[n];
        var iterations = 0;
        var converged = false;
        while (iterations < MaxIterations && !converged)
        {
            iterations++;
            (h, last) = (last, h);
            Array.Clear(h);
            Array.Clear(a);
            for (var e = 0; e < g.EdgeCount; e++)
            {
                a[g.To[e]] += last[g.From[e]] * g.Weight[e];
            }

            for (var e = 0; e < g.EdgeCount; e++)
            {
                h[g.From[e]] += a[g.To[e]] * g.Weight[e];
            }

            Scale(h, 1.0 / h.Max());
            Scale(a, 1.0 / a.Max());
            var error = 0.0;
            for (var v = 0; v < n; v++)
            {
                error += Math.Abs(h[v] - last[v]);
            }

            converged = error < HitsTolerance;
        }

        Scale(a, 1.0 / a.Sum());
        Scale(h, 1.0 / h.Sum());
        return (h, a, iterations, converged);
    }

    private static void Scale(double[] values, double factor)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= factor;
        }
    }
}
