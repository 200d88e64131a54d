using CoopGraph.Analytics.Graph;

namespace CoopGraph.Analytics.Centrality;

/// <summary>
/// Brandes betweenness on the support graph's arrays, written to match NetworkX's
/// <c>betweenness_centrality(G, normalized=True[, weight="distance"])</c> operation by operation, so results agree to the
/// last bits: σ as doubles, predecessors found by exact distance equality, δ accumulated in reverse finishing order.
/// </summary>
internal static class Brandes
{
    public static double[] Betweenness(SupportGraph g, bool weighted)
    {
        var n = g.OfficeCount;
        var result = new double[n];
        var sigma = new double[n];
        var delta = new double[n];
        var dist = new double[n];
        var order = new int[n];
        var done = new bool[n];
        var queue = new PriorityQueue<int, double>();
        for (var s = 0; s < n; s++)
        {
            var count = weighted ? Dijkstra(g, s, sigma, dist, order, done, queue) : Bfs(g, s, sigma, dist, order);
            Array.Clear(delta);
            for (var i = count - 1; i >= 0; i--)
            {
                var w = order[i];
                var coefficient = (1 + delta[w]) / sigma[w];
                for (var k = g.InStart[w]; k < g.InStart[w + 1]; k++)
                {
                    var e = g.InEdges[k];
                    var v = g.From[e];
                    if (IsPredecessor(g, e, v, w, dist, weighted))
                    {
                        delta[v] += sigma[v] * coefficient;
                    }
                }

                if (w != s)
                {
                    result[w] += delta[w];
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

    private static bool IsPredecessor(SupportGraph g, int e, int v, int w, double[] dist, bool weighted) =>
        !double.IsPositiveInfinity(dist[v]) && (weighted ? dist[v] + g.Distance[e] == dist[w] : dist[v] + 1 == dist[w]);

    private static int Bfs(SupportGraph g, int s, double[] sigma, double[] dist, int[] order)
    {
        Array.Fill(dist, double.PositiveInfinity);
        Array.Clear(sigma);
        dist[s] = 0;
        sigma[s] = 1;
        order[0] = s;
        int head = 0, tail = 1;
        while (head < tail)
        {
            var v = order[head++];
            for (var e = g.OutStart[v]; e < g.OutStart[v + 1]; e++)
            {
                var w = g.To[e];
                if (double.IsPositiveInfinity(dist[w]))
                {
                    dist[w] = dist[v] + 1;
                    order[tail++] = w;
                }

                if (dist[w] == dist[v] + 1)
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
}
