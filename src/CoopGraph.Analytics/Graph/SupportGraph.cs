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
        var fill = (int[])InStart.Clone();
        for (var e = 0; e < m; e++)
        {
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

    /// <summary>Projects the bipartite graph: every (offerer, requester ≠ offerer) pair of every subject.</summary>
    public static SupportGraph Build(NetworkSnapshot s)
    {
        var n = s.OfficeCount;
        var count = new int[n + 1];
        for (var subject = 0; subject < s.SubjectCount; subject++)
        {
            for (var k = s.OfferStart(subject); k < s.OfferEnd(subject); k++)
            {
                var a = s.OfferOffice[k];
                for (var r = s.RequestStart(subject); r < s.RequestEnd(subject); r++)
                {
                    count[a + 1] += s.RequestOffice[r] != a ? 1 : 0;
                }
            }
        }

        for (var v = 0; v < n; v++)
        {
            count[v + 1] += count[v];
        }

        // One sortable key per (offerer, requester, subject): the row of a sorts by requester, then subject order.
        var keys = new long[count[n]];
        var fill = (int[])count.Clone();
        for (var subject = 0; subject < s.SubjectCount; subject++)
        {
            for (var k = s.OfferStart(subject); k < s.OfferEnd(subject); k++)
            {
                var a = s.OfferOffice[k];
                for (var r = s.RequestStart(subject); r < s.RequestEnd(subject); r++)
                {
                    var b = s.RequestOffice[r];
                    if (b != a)
                    {
                        keys[fill[a]++] = ((long)b * s.SubjectCount) + subject;
                    }
                }
            }
        }

        var from = new List<int>();
        var to = new List<int>();
        var subjectStart = new List<int>();
        var subjects = new int[keys.Length];
        for (var a = 0; a < n; a++)
        {
            Array.Sort(keys, count[a], count[a + 1] - count[a]);
            for (var i = count[a]; i < count[a + 1]; i++)
            {
                var b = (int)(keys[i] / s.SubjectCount);
                subjects[i] = (int)(keys[i] % s.SubjectCount);
                if (i == count[a] || b != to[^1])
                {
                    subjectStart.Add(i);
                    from.Add(a);
                    to.Add(b);
                }
            }
        }

        subjectStart.Add(keys.Length);
        return new SupportGraph(n, [.. from], [.. to], [.. subjectStart], subjects);
    }
}
