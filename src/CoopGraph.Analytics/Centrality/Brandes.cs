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

    /// <summary>Below this many edge visits or word operations the sources run on the calling thread.</summary>
    private const double ParallelWork = 5e7;

    /// <summary>Most offices for the bit-row variant (two n×n bit matrices: 6 MB at 5,000 offices, 50 MB at 20,000).</summary>
    private const int MaxBitRowOffices = 20_000;

    /// <summary>
    /// Betweenness of every office. Unweighted on a dense graph (M's support graph is complete, L's has 82% of all
    /// pairs) the searches run on bit rows (<see cref="BitRows"/>): a level's neighbours are found 64 offices per word
    /// instead of edge by edge, in the same order, so the results are the same bits as the edge-by-edge search's.
    /// </summary>
    public static double[] Betweenness(SupportGraph g, bool weighted) => Betweenness(g, weighted, UseBitRows(g, weighted));

    /// <summary>Whether the bit rows cost less than the edge lists: about 3·n·(n/64) word operations per source against 2·m edge visits.</summary>
    internal static bool UseBitRows(SupportGraph g, bool weighted) =>
        !weighted && g.OfficeCount <= MaxBitRowOffices && 3L * g.OfficeCount * Words(g.OfficeCount) < 2L * g.EdgeCount;

    internal static double[] Betweenness(SupportGraph g, bool weighted, bool bitRows)
    {
        var n = g.OfficeCount;
        var rows = bitRows ? new BitRows(g) : null;
        var result = new double[n];
        var partial = new double[Math.Min(Block, Math.Max(n, 1))][];
        var reached = new int[partial.Length];
        for (var i = 0; i < partial.Length; i++)
        {
            partial[i] = new double[n];
        }

        // Sources run in parallel, but each source's dependencies δ_s are kept and added in source order, so every
        // sum is formed exactly as in the sequential loop (and as NetworkX forms it): same bits, any thread count.
        // Small jobs run on the calling thread: handing blocks to the pool costs more than they do (M on bit rows is
        // about a million word operations), above all on a busy machine.
        var work = rows is null ? (double)n * Math.Max(g.EdgeCount, 1) : 3.0 * n * n * Words(n);
        var scratchFor = work < ParallelWork ? new Scratch(n) : null;
        for (var first = 0; first < n; first += Block)
        {
            var count = Math.Min(Block, n - first);
            if (scratchFor is not null)
            {
                for (var i = 0; i < count; i++)
                {
                    reached[i] = Source(g, rows, first + i, weighted, scratchFor, partial[i]);
                }
            }
            else
            {
                Parallel.For(
                    0,
                    count,
                    () => new Scratch(n),
                    (i, _, scratch) =>
                    {
                        reached[i] = Source(g, rows, first + i, weighted, scratch, partial[i]);
                        return scratch;
                    },
                    _ => { });
            }

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

    private static int Source(SupportGraph g, BitRows? rows, int s, bool weighted, Scratch scratch, double[] delta) =>
        rows is null ? Dependencies(g, s, weighted, scratch, delta) : rows.Dependencies(s, scratch, delta);

    private static int Words(int n) => (n + 63) >> 6;

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

    /// <summary>
    /// The support graph as two bit matrices (out-rows and in-rows, 64 offices per word) for unweighted Brandes on dense
    /// graphs. Each level of the search keeps its members as a bit row, so the predecessors of w are
    /// <c>in-row(w) AND level-row(level(w) − 1)</c>, visited in ascending office order: the order the edge lists give.
    /// </summary>
    private sealed class BitRows
    {
        private readonly int _n;
        private readonly int _words;
        private readonly ulong[] _out;
        private readonly ulong[] _in;

        public BitRows(SupportGraph g)
        {
            _n = g.OfficeCount;
            _words = Words(_n);
            _out = new ulong[(long)_n * _words];
            _in = new ulong[(long)_n * _words];
            for (var e = 0; e < g.EdgeCount; e++)
            {
                var (a, b) = (g.From[e], g.To[e]);
                _out[((long)a * _words) + (b >> 6)] |= 1UL << (b & 63);
                _in[((long)b * _words) + (a >> 6)] |= 1UL << (a & 63);
            }
        }

        /// <summary>δ_s(v) for every v, as <see cref="Brandes.Dependencies"/> computes it unweighted (same sums in the same order).</summary>
        public int Dependencies(int s, Scratch scratch, double[] delta)
        {
            var (words, sigma, order, level) = (_words, scratch.Sigma, scratch.Order, scratch.Level);
            var visited = scratch.Visited(words);
            Array.Clear(visited);
            Array.Clear(sigma);
            visited[s >> 6] |= 1UL << (s & 63);
            var levels = scratch.LevelRows(words, 1);
            levels[s >> 6] |= 1UL << (s & 63);
            level[s] = 0;
            sigma[s] = 1;
            order[0] = s;
            int head = 0, tail = 1, depth = 0;
            while (head < tail)
            {
                var end = tail;
                levels = scratch.LevelRows(words, depth + 2);
                var next = (depth + 1) * words;
                for (var i = head; i < end; i++)
                {
                    var row = (long)order[i] * words;
                    for (var k = 0; k < words; k++)
                    {
                        var fresh = _out[row + k] & ~visited[k];
                        if (fresh == 0)
                        {
                            continue;
                        }

                        visited[k] |= fresh;
                        levels[next + k] |= fresh;
                        do
                        {
                            var w = (k << 6) + System.Numerics.BitOperations.TrailingZeroCount(fresh);
                            level[w] = depth + 1;
                            order[tail++] = w;
                            fresh &= fresh - 1;
                        }
                        while (fresh != 0);
                    }
                }

                // σ(w) = Σ σ(v) over v one level up with an edge v → w: whole numbers, exact in any order.
                var current = depth * words;
                for (var i = end; i < tail; i++)
                {
                    var w = order[i];
                    var row = (long)w * words;
                    var sum = 0.0;
                    for (var k = 0; k < words; k++)
                    {
                        for (var bits = _in[row + k] & levels[current + k]; bits != 0; bits &= bits - 1)
                        {
                            sum += sigma[(k << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits)];
                        }
                    }

                    sigma[w] = sum;
                }

                head = end;
                depth++;
            }

            Array.Clear(delta);
            for (var i = tail - 1; i > 0; i--)
            {
                var w = order[i];
                var coefficient = (1 + delta[w]) / sigma[w];
                var row = (long)w * words;
                var above = (level[w] - 1) * words;
                for (var k = 0; k < words; k++)
                {
                    for (var bits = _in[row + k] & levels[above + k]; bits != 0; bits &= bits - 1)
                    {
                        var v = (k << 6) + System.Numerics.BitOperations.TrailingZeroCount(bits);
                        delta[v] += sigma[v] * coefficient;
                    }
                }
            }

            Array.Clear(levels, 0, (depth + 1) * words);
            return tail;
        }
    }

    private sealed class Scratch(int n)
    {
        private ulong[]? _visited;
        private ulong[] _levels = [];

        /// <summary>One bit row of visited offices.</summary>
        public ulong[] Visited(int words) => _visited ??= new ulong[words];

        /// <summary>Bit rows for <paramref name="count"/> levels (kept zeroed between searches by the caller), grown as needed.</summary>
        public ulong[] LevelRows(int words, int count)
        {
            if (_levels.Length < count * words)
            {
                Array.Resize(ref _levels, Math.Max(count, 8) * words * 2);
            }

            return _levels;
        }

        public double[] Sigma { get; } = new double[n];

        public double[] Distance { get; } = new double[n];

        public int[] Level { get; } = new int[n];

        public int[] Order { get; } = new int[n];

        public bool[] Done { get; } = new bool[n];

        public PriorityQueue<int, double> Queue { get; } = new();
    }
}
