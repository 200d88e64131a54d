namespace CoopGraph.Analytics.Isolation;

/// <summary>
/// The collaboration graph (the support graph without directions: A and B linked when either can help the other) read
/// straight off the bipartite graph, never built: partners per office, articulation points and bridges. A neighbour of
/// office v is a requester of a subject v offers or an offerer of a subject v requests; the same neighbour may come up
/// once per shared subject, which the search tolerates (a repeat is a tree edge already taken or an edge to the
/// parent, skipped), so the graph stays simple without a row per office. Memory: a few arrays of offices.
/// </summary>
internal static class CollaborationCuts
{
    /// <summary>Distinct collaboration partners of every office (|supporters ∪ supported|).</summary>
    public static int[] Partners(NetworkSnapshot s)
    {
        var n = s.OfficeCount;
        var partners = new int[n];
        var stamp = new int[n];
        Array.Fill(stamp, -1);
        for (var v = 0; v < n; v++)
        {
            stamp[v] = v;
            for (var k = s.OfficeOfferStart[v]; k < s.OfficeOfferStart[v + 1]; k++)
            {
                var subject = s.OfficeOfferSubject[k];
                partners[v] += Stamp(stamp, s.RequestOffice, s.RequestStart(subject), s.RequestEnd(subject), v);
            }

            for (var k = s.OfficeRequestStart[v]; k < s.OfficeRequestStart[v + 1]; k++)
            {
                var subject = s.OfficeRequestSubject[k];
                partners[v] += Stamp(stamp, s.OfferOffice, s.OfferStart(subject), s.OfferEnd(subject), v);
            }
        }

        return partners;
    }

    /// <summary>
    /// Articulation points (flags per office) and bridges (pairs a &lt; b, sorted) by an iterative Hopcroft–Tarjan
    /// depth-first search (no recursion limit) whose neighbour cursor walks the office's subjects.
    /// </summary>
    public static (bool[] Articulation, List<(int A, int B)> Bridges) CutStructure(NetworkSnapshot s)
    {
        var n = s.OfficeCount;
        var cursor = new Cursor(s);
        var discovery = new int[n];
        var low = new int[n];
        var parent = new int[n];
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
            stack.Push(root);
            while (stack.Count > 0)
            {
                var v = stack.Peek();
                if (cursor.Next(v, out var w))
                {
                    if (discovery[w] < 0)
                    {
                        parent[w] = v;
                        discovery[w] = low[w] = time++;
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

    private static int Stamp(int[] stamp, int[] offices, int lo, int hi, int v)
    {
        var added = 0;
        for (var i = lo; i < hi; i++)
        {
            var w = offices[i];
            if (stamp[w] != v)
            {
                stamp[w] = v;
                added++;
            }
        }

        return added;
    }

    /// <summary>Where each office's neighbour walk stands: which of its subjects (offered first, then requested), and where in that subject's other side.</summary>
    private sealed class Cursor
    {
        private readonly NetworkSnapshot _s;
        private readonly int[] _subject;
        private readonly int[] _position;

        public Cursor(NetworkSnapshot s)
        {
            _s = s;
            _subject = new int[s.OfficeCount];
            _position = new int[s.OfficeCount];
            Array.Fill(_position, -1);
        }

        /// <summary>The next neighbour of <paramref name="v"/> (≠ v), or false when its walk is done.</summary>
        public bool Next(int v, out int w)
        {
            var s = _s;
            var offered = s.OfficeOfferStart[v + 1] - s.OfficeOfferStart[v];
            var total = offered + (s.OfficeRequestStart[v + 1] - s.OfficeRequestStart[v]);
            while (_subject[v] < total)
            {
                var k = _subject[v];
                int lo, hi;
                int[] others;
                if (k < offered)
                {
                    var subject = s.OfficeOfferSubject[s.OfficeOfferStart[v] + k];
                    (lo, hi, others) = (s.RequestStart(subject), s.RequestEnd(subject), s.RequestOffice);
                }
                else
                {
                    var subject = s.OfficeRequestSubject[s.OfficeRequestStart[v] + k - offered];
                    (lo, hi, others) = (s.OfferStart(subject), s.OfferEnd(subject), s.OfferOffice);
                }

                var i = _position[v] < 0 ? lo : _position[v];
                while (i < hi)
                {
                    w = others[i++];
                    if (w != v)
                    {
                        _position[v] = i;
                        return true;
                    }
                }

                _subject[v]++;
                _position[v] = -1;
            }

            w = -1;
            return false;
        }
    }
}
