using CoopGraph.Analytics.Graph;

namespace CoopGraph.Analytics.Centrality;

/// <summary>
/// Brandes betweenness on the support graph's arrays, written to match NetworkX's
/// <c>betweenness_centrality(G, normalized=True[, weight="distance"])</c> operation by operation, so results agree to the
/// last bits: σ as doubles, predecessors found by exact distance equality, δ accumulated in reverse finishing order.
/// </summary>
internal static class Brandes
{
    /// <summary>Sources per parallel block; each block's dependencies are added to the result in source order.</summary>
    private const int Block = 32;

    public static double[] Betweenness(SupportGraph g, bool weighted)
    {
        var n = g.OfficeCount;
        var result = new double[n];
        var partial = new double[Math.Min(Block, Math.Max(n, 1))][];
        var reached = new int[partial.Length];
        for (var i = 0; i < partial.Length; i++)
        {
            partial[i] = new double[n];
        }

        // Sources run in parallel, but each source's dependencies δ_s are kept and added in source order, so every
        // sum is formed exactly as in the sequential loop (and as NetworkX forms it): same bits, any thread count.
        for (var first = 0; first < n; first += Block)
        {
            var count = Math.Min(Block, n - first);
            Parallel.For(
                0,
                count,
                () => new Scratch(n),
                (i, _, scratch) =>
                {
                    reached[i] = Dependencies(g, first + i, weighted, scratch, partial[i]);
                    return scratch;
                },
                _ => { });
            for (var i = 0; i < count; i++)
            {
                var delta = partial[i];
                for (var w = 0; w < n; w++)
                {
                    if (w != first + i && delta[w] != 0)
                    {
                        result[w] += delta[w];
                    }
                }
            }
        }

        // NetworkX's rescale without endpoints: pairs (s, t) with s, t ≠ v, i.e. 1 / ((n−1)(n−2)), when n > 2.
        if (n > 2)
        {
            var scale = 1.0 / ((n - 1) * (double)(n - 2));
            for (var v = 0; v < n; v++)
            {
                result[v] *= scale;
            }
        }

        return result;
    }

    /// <summary>δ_s(v) for every v into <paramref name="delta"/>; returns how many offices s reaches (itself included).</summary>
    private static int Dependencies(SupportGraph g, int s, bool weighted, Scratch scratch, double[] delta)
    {
        var (sigma, order) = (scratch.Sigma, scratch.Order);
        var count = weighted ? Dijkstra(g, s, sigma, scratch.Distance, order, scratch.Done, scratch.Queue) : Bfs(g, s, sigma, scratch.Level, order);
        Array.Clear(delta);
        for (var i = count - 1; i >= 0; i--)
        {
            var w = order[i];
            var coefficient = (1 + delta[w]) / sigma[w];
            for (var k = g.InStart[w]; k < g.InStart[w + 1]; k++)
            {
                var v = g.InFrom[k];
                if (weighted ? IsPredecessor(g, g.InEdges[k], v, w, scratch.Distance) : scratch.Level[v] >= 0 && scratch.Level[v] + 1 == scratch.Level[w])
                {
                    delta[v] += sigma[v] * coefficient;
                }
            }
        }

        return count;
    }

    private static bool IsPredecessor(SupportGraph g, int e, int v, int w, double[] dist) =>
        !double.IsPositiveInfinity(dist[v]) && dist[v] + g.Distance[e] == dist[w];

    private static int Bfs(SupportGraph g, int s, double[] sigma, int[] level, int[] order)
    {
        Array.Fill(level, -1);
        Array.Clear(sigma);
        level[s] = 0;
        sigma[s] = 1;
        order[0] = s;
        int head = 0, tail = 1;
        while (head < tail)
        {
            var v = order[head++];
            var next = level[v] + 1;
            for (var e = g.OutStart[v]; e < g.OutStart[v + 1]; e++)
            {
                var w = g.To[e];
                if (level[w] < 0)
                {
                    level[w] = next;
                    order[tail++] = w;
                }

                if (level[w] == next)
                {
                    sigma[w] += sigma[v];
                }
            }
        }

        return tail;
    }

    private static int Dijkstra(SupportGraph g, int s, double[] sigma, double[] dist, int[] order, bool[] done, PriorityQueue<int, double> queue)
    {
        Array.Fill(dist, double.PositiveInfinity);
        Array.Clear(sigma);
        Array.Clear(done);
        queue.Clear();
        dist[s] = 0;
        queue.Enqueue(s, 0);
        var count = 0;
        while (queue.TryDequeue(out var v, out var d))
        {
            if (done[v] || d > dist[v])
            {
                continue;
            }

            done[v] = true;
            order[count++] = v;
            if (v == s)
            {
                sigma[v] = 1;
            }
            else
            {
                // σ(v) = Σ σ(u) over predecessors, all finished before v because edge lengths are positive.
                for (var k = g.InStart[v]; k < g.InStart[v + 1]; k++)
                {
                    var e = g.InEdges[k];
                    var u = g.From[e];
                    if (done[u] && dist[u] + g.Distance[e] == dist[v])
                    {
                        sigma[v] += sigma[u];
                    }
                }
            }

            for (var e = g.OutStart[v]; e < g.OutStart[v + 1]; e++)
            {
                var w = g.To[e];
                var candidate = dist[v] + g.Distance[e];
                if (!done[w] && candidate < dist[w])
                {
                    dist[w] = candidate;
                    queue.Enqueue(w, candidate);
                }
            }
        }

        return count;
    }

    private sealed class Scratch(int n)
    {
        public double[] Sigma { get; } = new double[n];

        public double[] Distance { get; } = new double[n];

        public int[] Level { get; } = new int[n];

        public int[] Order { get; } = new int[n];

        public bool[] Done { get; } = new bool[n];

        public PriorityQueue<int, double> Queue { get; } = new();
    }
}
