using CoopGraph.Analytics.Graph;

namespace CoopGraph.Analytics.Centrality;

/// <summary>Closeness and harmonic centrality: one breadth-first search per office over in-edges (distances *to* it).</summary>
internal static class Distances
{
    /// <summary>
    /// Closeness as NetworkX defines it on a directed graph: r = offices that can reach v (v included), total = Σ d(u, v);
    /// C(v) = (r−1)/total · (r−1)/(n−1) (Wasserman–Faust), 0 when nobody reaches v. Harmonic: H(v) = Σ_{u≠v} 1/d(u, v).
    /// </summary>
    public static (double[] Closeness, double[] Harmonic) ClosenessAndHarmonic(SupportGraph g)
    {
        var n = g.OfficeCount;
        var closeness = new double[n];
        var harmonic = new double[n];
        var dist = new int[n];
        var queue = new int[n];
        for (var v = 0; v < n; v++)
        {
            Array.Fill(dist, -1);
            dist[v] = 0;
            queue[0] = v;
            int head = 0, tail = 1;
            long total = 0;
            var h = 0.0;
            while (head < tail)
            {
                var w = queue[head++];
                for (var k = g.InStart[w]; k < g.InStart[w + 1]; k++)
                {
                    var u = g.From[g.InEdges[k]];
                    if (dist[u] < 0)
                    {
                        dist[u] = dist[w] + 1;
                        total += dist[u];
                        h += 1.0 / dist[u];
                        queue[tail++] = u;
                    }
                }
            }

            harmonic[v] = h;
            if (total > 0 && n > 1)
            {
                var c = (tail - 1.0) / total;
                c *= (tail - 1.0) / (n - 1);
                closeness[v] = c;
            }
        }

        return (closeness, harmonic);
    }
}
