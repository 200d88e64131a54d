using CoopGraph.Analytics.Graph;

namespace CoopGraph.Analytics.Isolation;

/// <summary>
/// The collaboration graph (the support graph without directions, one edge per linked pair) as sorted neighbour rows,
/// with articulation points and bridges by an iterative Hopcroft–Tarjan depth-first search (no recursion limit).
/// </summary>
internal sealed class CollaborationGraph
{
    private CollaborationGraph(int[] start, int[] neighbours)
    {
        Start = start;
        Neighbours = neighbours;
    }

    public int[] Start { get; }

    public int[] Neighbours { get; }

    public int Degree(int v) => Start[v + 1] - Start[v];

    public static CollaborationGraph From(SupportGraph g)
    {
        var n = g.OfficeCount;
        var rows = new List<int>[n];
        for (var v = 0; v < n; v++)
        {
            rows[v] = [];
        }

        for (var e = 0; e < g.EdgeCount; e++)
        {
            rows[g.From[e]].Add(g.To[e]);
            rows[g.To[e]].Add(g.From[e]);
        }

        var start = new int[n + 1];
        var neighbours = new List<int>();
        for (var v = 0; v < n; v++)
        {
            neighbours.AddRange(rows[v].Distinct().Order());
            start[v + 1] = neighbours.Count;
        }

        return new CollaborationGraph(start, [.. neighbours]);
    }

    /// <summary>Articulation points (flags per office) and bridges (pairs a &lt; b).</summary>
    public (bool[] Articulation, List<(int A, int B)> Bridges) CutStructure()
    {
        var n = Start.Length - 1;
        var discovery = new int[n];
        var low = new int[n];
        var parent = new int[n];
        var next = new int[n];
        var articulation = new bool[n];
        var bridges = new List<(int, int)>();
        Array.Fill(discovery, -1);
        var time = 0;
        var stack = new Stack<int>();
        for (var root = 0; root < n; root++)
        {
            if (discovery[root] >= 0)
            {
                continue;
            }

            var rootChildren = 0;
            discovery[root] = low[root] = time++;
            parent[root] = -1;
            next[root] = Start[root];
            stack.Push(root);
            while (stack.Count > 0)
            {
                var v = stack.Peek();
                if (next[v] < Start[v + 1])
                {
                    var w = Neighbours[next[v]++];
                    if (discovery[w] < 0)
                    {
                        parent[w] = v;
                        discovery[w] = low[w] = time++;
                        next[w] = Start[w];
                        stack.Push(w);
                        rootChildren += v == root ? 1 : 0;
                    }
                    else if (w != parent[v])
                    {
                        low[v] = Math.Min(low[v], discovery[w]);
                    }

                    continue;
                }

                stack.Pop();
                var p = parent[v];
                if (p < 0)
                {
                    continue;
                }

                low[p] = Math.Min(low[p], low[v]);
                if (low[v] > discovery[p])
                {
                    bridges.Add((Math.Min(p, v), Math.Max(p, v)));
                }

                if (p != root && low[v] >= discovery[p])
                {
                    articulation[p] = true;
                }
            }

            articulation[root] = rootChildren > 1;
        }

        bridges.Sort();
        return (articulation, bridges);
    }
}
