namespace CoopGraph.Planning.Cohorts;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) with a resolution γ, on a dense symmetric weight matrix, and the
/// modularity NetworkX defines: Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], L_c the weight inside c, d_c its summed degree.
/// Several seeded node orders are run and the best partition kept, then polished by single-node moves on the original
/// graph; the result is deterministic for a given seed.
/// </summary>
internal static class Louvain
{
    private const double Epsilon = 1e-12;

    /// <summary>Community label of every node (labels 0.. in order of first node), best of <paramref name="runs"/> orders.</summary>
    public static int[] Detect(double[,] weight, double resolution, int seed, int runs)
    {
        var n = weight.GetLength(0);
        var random = new Random(seed);
        int[]? best = null;
        var bestQ = double.NegativeInfinity;
        for (var run = 0; run < runs; run++)
        {
            var labels = OneRun(weight, resolution, random);
            MoveNodes(weight, labels, resolution, Enumerable.Range(0, n).ToArray());
            labels = Relabel(labels);
            var q = Modularity(weight, labels, resolution);
            if (q > bestQ + Epsilon)
            {
                (best, bestQ) = (labels, q);
            }
        }

        return best ?? [];
    }

    /// <summary>NetworkX's <c>modularity(G, communities, weight="weight", resolution=γ)</c> for labels on a dense matrix.</summary>
    public static double Modularity(double[,] weight, int[] labels, double resolution)
    {
        var n = labels.Length;
        var communities = labels.Length == 0 ? 0 : labels.Max() + 1;
        var inside = new double[communities];
        var degree = new double[communities];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var w = weight[i, j];
                degree[labels[i]] += w;
                total += w;
                if (labels[i] == labels[j])
                {
                    inside[labels[i]] += w;
                }
            }
        }

        if (total == 0)
        {
            return 0;
        }

        var m = total / 2;
        var q = 0.0;
        for (var c = 0; c < communities; c++)
        {
            q += (inside[c] / 2 / m) - (resolution * (degree[c] / total) * (degree[c] / total));
        }

        return q;
    }

    private static int[] OneRun(double[,] weight, double resolution, Random random)
    {
        var n = weight.GetLength(0);
        var membership = Enumerable.Range(0, n).ToArray();
        var graph = weight;
        while (true)
        {
            var size = graph.GetLength(0);
            var labels = Enumerable.Range(0, size).ToArray();
            var order = Enumerable.Range(0, size).ToArray();
            random.Shuffle(order);
            if (!MoveNodes(graph, labels, resolution, order))
            {
                return membership;
            }

            labels = Relabel(labels);
            for (var v = 0; v < n; v++)
            {
                membership[v] = labels[membership[v]];
            }

            graph = Aggregate(graph, labels);
        }
    }

    /// <summary>Local moving: each node joins the neighbouring community with the best modularity gain, until none moves.</summary>
    private static bool MoveNodes(double[,] w, int[] labels, double resolution, int[] order)
    {
        var n = labels.Length;
        var degree = new double[n];
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                degree[i] += w[i, j];
            }

            total += degree[i];
        }

        if (total == 0)
        {
            return false;
        }

        var tot = new double[n];
        for (var i = 0; i < n; i++)
        {
            tot[labels[i]] += degree[i];
        }

        var links = new double[n];
        var moved = false;
        bool improved;
        do
        {
            improved = false;
            foreach (var i in order)
            {
                var own = labels[i];
                Array.Clear(links);
                for (var j = 0; j < n; j++)
                {
                    if (j != i && w[i, j] > 0)
                    {
                        links[labels[j]] += w[i, j];
                    }
                }

                tot[own] -= degree[i];
                var best = own;
                var bestGain = links[own] - (resolution * tot[own] * degree[i] / total);
                for (var c = 0; c < n; c++)
                {
                    if (c == own || links[c] <= 0)
                    {
                        continue;
                    }

                    var gain = links[c] - (resolution * tot[c] * degree[i] / total);
                    if (gain > bestGain + Epsilon)
                    {
                        (best, bestGain) = (c, gain);
                    }
                }

                // An isolated spot (its own empty community) is also a candidate.
                var empty = Array.FindIndex(tot, t => t == 0);
                if (empty >= 0 && empty != own && Array.IndexOf(labels, empty) < 0 && 0 > bestGain + Epsilon)
                {
                    (best, bestGain) = (empty, 0);
                }

                tot[best] += degree[i];
                if (best != own)
                {
                    labels[i] = best;
                    improved = moved = true;
                }
            }
        }
        while (improved);
        return moved;
    }

    private static int[] Relabel(int[] labels)
    {
        var map = new Dictionary<int, int>();
        return [.. labels.Select(l => map.TryGetValue(l, out var c) ? c : map[l] = map.Count)];
    }

    private static double[,] Aggregate(double[,] w, int[] labels)
    {
        var k = labels.Max() + 1;
        var result = new double[k, k];
        var n = labels.Length;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                result[labels[i], labels[j]] += w[i, j];
            }
        }

        return result;
    }
}
