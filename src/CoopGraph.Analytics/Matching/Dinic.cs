namespace CoopGraph.Analytics.Matching;

/// <summary>
/// Dinic's maximum flow on arrays: arcs in pairs (arc a, its reverse a ^ 1), grouped by tail in insertion order,
/// integer capacities, level graph by breadth-first search, blocking flow by an iterative depth-first search with a
/// current-arc pointer per node (no recursion, so no stack limit on long residual paths).
/// </summary>
internal sealed class Dinic
{
    private readonly List<int> _tail = [];
    private readonly List<int> _head = [];
    private readonly List<int> _capacity = [];
    private int _nodes;

    /// <summary>Adds a node; returns its index.</summary>
    public int AddNode() => _nodes++;

    /// <summary>Adds an arc <paramref name="from"/> → <paramref name="to"/>; returns its index (for <see cref="Flow"/>).</summary>
    public int AddArc(int from, int to, int capacity)
    {
        var arc = _tail.Count;
        _tail.Add(from);
        _head.Add(to);
        _capacity.Add(capacity);
        _tail.Add(to);
        _head.Add(from);
        _capacity.Add(0);
        return arc;
    }

    /// <summary>Flow on each arc after <see cref="Solve"/>, by arc index.</summary>
    public int[] Flow { get; private set; } = [];

    /// <summary>Computes a maximum flow from <paramref name="source"/> to <paramref name="sink"/>; returns its value.</summary>
    public long Solve(int source, int sink)
    {
        var m = _tail.Count;
        var n = _nodes;
        var start = new int[n + 1];
        foreach (var t in _tail)
        {
            start[t + 1]++;
        }

        for (var v = 0; v < n; v++)
        {
            start[v + 1] += start[v];
        }

        var arcs = new int[m];
        var fill = (int[])start.Clone();
        for (var a = 0; a < m; a++)
        {
            arcs[fill[_tail[a]]++] = a;
        }

        var head = _head.ToArray();
        var residual = _capacity.ToArray();
        var level = new int[n];
        var queue = new int[n];
        var current = new int[n];
        var path = new int[n];
        long total = 0;
        while (Levels(source, sink, start, arcs, head, residual, level, queue))
        {
            Array.Copy(start, current, n);
            while (Augment(source, sink, start, arcs, head, residual, level, current, path) is var pushed and > 0)
            {
                total += pushed;
            }
        }

        Flow = new int[m];
        for (var a = 0; a < m; a += 2)
        {
            Flow[a] = _capacity[a] - residual[a];
        }

        return total;
    }

    private static bool Levels(int source, int sink, int[] start, int[] arcs, int[] head, int[] residual, int[] level, int[] queue)
    {
        Array.Fill(level, -1);
        level[source] = 0;
        queue[0] = source;
        int first = 0, last = 1;
        while (first < last)
        {
            var v = queue[first++];
            for (var i = start[v]; i < start[v + 1]; i++)
            {
                var a = arcs[i];
                var w = head[a];
                if (residual[a] > 0 && level[w] < 0)
                {
                    level[w] = level[v] + 1;
                    queue[last++] = w;
                }
            }
        }

        return level[sink] >= 0;
    }

    /// <summary>One augmenting path in the level graph (advance / retreat with current arcs); its bottleneck, or 0.</summary>
    private static int Augment(int source, int sink, int[] start, int[] arcs, int[] head, int[] residual, int[] level, int[] current, int[] path)
    {
        var depth = 0;
        var v = source;
        while (true)
        {
            if (v == sink)
            {
                var bottleneck = int.MaxValue;
                for (var i = 0; i < depth; i++)
                {
                    bottleneck = Math.Min(bottleneck, residual[path[i]]);
                }

                for (var i = 0; i < depth; i++)
                {
                    residual[path[i]] -= bottleneck;
                    residual[path[i] ^ 1] += bottleneck;
                }

                return bottleneck;
            }

            var advanced = false;
            for (; current[v] < start[v + 1]; current[v]++)
            {
                var a = arcs[current[v]];
                var w = head[a];
                if (residual[a] > 0 && level[w] == level[v] + 1)
                {
                    path[depth++] = a;
                    v = w;
                    advanced = true;
                    break;
                }
            }

            if (advanced)
            {
                continue;
            }

            // Dead end: no augmenting path continues through v in this phase.
            level[v] = -1;
            if (depth == 0)
            {
                return 0;
            }

            var back = path[--depth];
            v = head[back ^ 1];
            current[v]++;
        }
    }
}
