using CoopGraph.Analytics.Graph;

namespace CoopGraph.Analytics.Centrality;

/// <summary>
/// PageRank and HITS by power iteration with NetworkX's update rules (<c>_pagerank_python</c>, <c>_hits_python</c>),
/// each product with the support graph taken through the subjects (<see cref="SubjectLinks"/>), so the projection is
/// never built. QuikGraph's PageRankAlgorithm is not used: its ranks sum to N rather than 1, and it drops the rank of
/// offices with no out-edge (offices that help nobody) instead of spreading it over all offices, so its scores cannot
/// be compared with NetworkX or read as probabilities.
/// </summary>
internal static class LinkAnalysis
{
    public const double Alpha = 0.85;

    /// <summary>
    /// Stop when the L1 change of one iteration is below this. The distance to the fixed point is then at most
    /// α/(1−α) times it (5.7e-10); NetworkX's default (1e-6 per office) stops 1.4e-5 (relative) short of it.
    /// </summary>
    public const double PageRankTolerance = 1e-10;

    public const int PageRankMaxIterations = 1000;
    public const double HitsTolerance = 1e-8;
    public const int HitsMaxIterations = 100;

    public static PageRankScores PageRank(NetworkSnapshot s)
    {
        var n = s.OfficeCount;
        if (n == 0)
        {
            return new([], 0, 0, true);
        }

        var links = new SubjectLinks(s);
        var x = new double[n];
        var last = new double[n];
        var share = new double[n];
        Array.Fill(x, 1.0 / n);
        var p = 1.0 / n;
        var error = double.PositiveInfinity;
        for (var iteration = 1; iteration <= PageRankMaxIterations; iteration++)
        {
            (x, last) = (last, x);
            var dangling = 0.0;
            for (var v = 0; v < n; v++)
            {
                var strength = links.OutStrength[v];
                dangling += strength == 0 ? last[v] : 0;
                share[v] = strength == 0 ? 0 : last[v] / strength;
            }

            links.Forward(share, x);
            var teleport = (Alpha * dangling * p) + ((1.0 - Alpha) * p);
            error = 0.0;
            for (var v = 0; v < n; v++)
            {
                x[v] = (Alpha * x[v]) + teleport;
                error += Math.Abs(x[v] - last[v]);
            }

            if (error < PageRankTolerance)
            {
                return new(x, iteration, error, true);
            }
        }

        return new(x, PageRankMaxIterations, error, false);
    }

    /// <summary>HITS; without any edge every office gets 1/n (NetworkX's pure-Python version divides by zero there).</summary>
    public static HitsScores Hits(NetworkSnapshot s)
    {
        var n = s.OfficeCount;
        var h = new double[n];
        var a = new double[n];
        if (n == 0)
        {
            return new(h, a, 0, true);
        }

        var links = new SubjectLinks(s);
        Array.Fill(h, 1.0 / n);
        if (links.OutStrength.All(w => w == 0))
        {
            Array.Fill(a, 1.0 / n);
            return new(h, a, 0, true);
        }

        var last = new double[n];
        var iterations = 0;
        var converged = false;
        while (iterations < HitsMaxIterations && !converged)
        {
            iterations++;
            (h, last) = (last, h);
            links.Forward(last, a);
            links.Backward(a, h);
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
        return new(h, a, iterations, converged);
    }

    private static void Scale(double[] values, double factor)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] *= factor;
        }
    }
}

/// <summary>PageRank of every office and how the iteration ended.</summary>
internal sealed record PageRankScores(double[] Ranks, int Iterations, double LastChange, bool Converged);

/// <summary>HITS hubs and authorities and how the iteration ended.</summary>
internal sealed record HitsScores(double[] Hubs, double[] Authorities, int Iterations, bool Converged);
