namespace CoopGraph.Analytics.Graph;

/// <summary>
/// The support graph (office → office, A → B when A offers a subject B requests, A ≠ B) in compressed sparse rows:
/// edges sorted by (from, to), out-edges of office a are <c>OutStart[a]..OutStart[a+1]</c>, in-edges listed in
/// <see cref="InEdges"/>. Array form keeps Brandes' inner loops free of dictionaries and allocations. Only exact
/// betweenness and the evidence edges build it; every other question is answered on the bipartite graph.
/// </summary>
internal sealed class SupportGraph
{
    private SupportGraph(int offices, int[] from, int[] to, int[] subjectStart, int[] subjects)
    {
        OfficeCount = offices;
        From = from;
        To = to;
        SubjectStart = subjectStart;
        Subjects = subjects;
        var m = from.Length;
        Weight = new int[m];
        Distance = new double[m];
        OutStart = new int[offices + 1];
        InStart = new int[offices + 1];
        for (var e = 0; e < m; e++)
        {
            Weight[e] = subjectStart[e + 1] - subjectStart[e];
            Distance[e] = 1.0 / Weight[e];
            OutStart[from[e] + 1]++;
            InStart[to[e] + 1]++;
        }

        for (var v = 0; v < offices; v++)
        {
            OutStart[v + 1] += OutStart[v];
            InStart[v + 1] += InStart[v];
        }

        InEdges = new int[m];
        InFrom = new int[m];
        var fill = (int[])InStart.Clone();
        for (var e = 0; e < m; e++)
        {
            InFrom[fill[to[e]]] = from[e];
            InEdges[fill[to[e]]++] = e;
        }
    }

    public int OfficeCount { get; }

    public int EdgeCount => From.Length;

    public int[] From { get; }

    public int[] To { get; }

    public int[] Weight { get; }

    /// <summary>1/w: the length of an edge when strong ties should count as short.</summary>
    public double[] Distance { get; }

    public int[] SubjectStart { get; }

    /// <summary>Subject indices of every edge, edge by edge.</summary>
    public int[] Subjects { get; }

    public int[] OutStart { get; }

    public int[] InStart { get; }

    /// <summary>Edge indices grouped by target office.</summary>
    public int[] InEdges { get; }

    /// <summary>The source office of each entry of <see cref="InEdges"/> (no indirection in Brandes' inner loop).</summary>
    public int[] InFrom { get; }

    /// <summary>The edge from <paramref name="a"/> to <paramref name="b"/>, or -1 (binary search in a's sorted row).</summary>
    public int FindEdge(int a, int b)
    {
        var lo = OutStart[a];
        var hi = OutStart[a + 1] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (To[mid] == b)
            {
                return mid;
            }

            if (To[mid] < b)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Projects the bipartite graph row by row: for office a, count the requesters (≠ a) of every subject a offers
    /// (a stamp and a counter per office), sort the row's distinct requesters, then fill each edge's subjects in
    /// ascending subject order in a second pass. O(subject pairs) plus one small sort per row; no per-pair keys.
    /// </summary>
    public static SupportGraph Build(NetworkSnapshot s)
    {
        var n = s.OfficeCount;
        var stamp = new int[n];
        var weight = new int[n];
        var edgeOf = new int[n];
        Array.Fill(stamp, -1);
        var from = new List<int>();
        var to = new List<int>();
        var subjectStart = new List<int> { 0 };
        var row = new List<int>();
        for (var a = 0; a < n; a++)
        {
            row.Clear();
            ForEachRequester(s, a, b =>
            {
                if (stamp[b] != a)
                {
                    (stamp[b], weight[b]) = (a, 0);
                    row.Add(b);
                }

                weight[b]++;
            });
            row.Sort();
            foreach (var b in row)
            {
                from.Add(a);
                to.Add(b);
                subjectStart.Add(subjectStart[^1] + weight[b]);
            }
        }

        var start = subjectStart.ToArray();
        var subjects = new int[start[^1]];
        var fill = (int[])start.Clone();
        var e = 0;
        for (var a = 0; a < n; a++)
        {
            for (; e < from.Count && from[e] == a; e++)
            {
                edgeOf[to[e]] = e;
            }

            for (var k = s.OfficeOfferStart[a]; k < s.OfficeOfferStart[a + 1]; k++)
            {
                var subject = s.OfficeOfferSubject[k];
                for (var r = s.RequestStart(subject); r < s.RequestEnd(subject); r++)
                {
                    var b = s.RequestOffice[r];
                    if (b != a)
                    {
                        subjects[fill[edgeOf[b]]++] = subject;
                    }
                }
            }
        }

        return new SupportGraph(n, [.. from], [.. to], start, subjects);
    }

    private static void ForEachRequester(NetworkSnapshot s, int a, Action<int> visit)
    {
        for (var k = s.OfficeOfferStart[a]; k < s.OfficeOfferStart[a + 1]; k++)
        {
            var subject = s.OfficeOfferSubject[k];
            for (var r = s.RequestStart(subject); r < s.RequestEnd(subject); r++)
            {
                if (s.RequestOffice[r] != a)
                {
                    visit(s.RequestOffice[r]);
                }
            }
        }
    }
}
