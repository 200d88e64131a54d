namespace CoopGraph.Analytics.Paths;

/// <summary>
/// Shortest support paths read off the bipartite graph (office → subject it offers → office requesting it), so no
/// projection is built and a query costs at most the links it touches: breadth-first by hops (each subject expanded
/// once, stopping at the target), Dijkstra with a binary heap by Σ 1/w (w counted per expanded office). Yen's
/// k-shortest loopless paths on top. One instance per query: its arrays are scratch space, reused by every spur search.
/// </summary>
internal sealed class PathSearch
{
    private readonly NetworkSnapshot _s;
    private readonly bool[] _allowed;
    private readonly bool _weighted;
    private readonly int[] _officeSeen;
    private readonly int[] _subjectSeen;
    private readonly int[] _settled;
    private readonly int[] _parent;
    private readonly int[] _queue;
    private readonly double[] _distance;
    private readonly int[] _count;
    private readonly int[] _neighbours;
    private readonly bool[] _blocked;
    private readonly HashSet<int> _blockedNext = [];
    private readonly PriorityQueue<int, double> _heap = new();
    private int _epoch;

    public PathSearch(NetworkSnapshot s, bool[] allowed, bool weighted)
    {
        (_s, _allowed, _weighted) = (s, allowed, weighted);
        var n = s.OfficeCount;
        _officeSeen = new int[n];
        _subjectSeen = new int[s.SubjectCount];
        _settled = new int[n];
        _parent = new int[n];
        _queue = new int[n];
        _distance = new double[n];
        _count = new int[n];
        _neighbours = new int[n];
        _blocked = new bool[n];
    }

    /// <summary>Up to <paramref name="k"/> shortest loopless paths (office lists), shortest first (Yen 1971).</summary>
    public List<(List<int> Offices, double Cost)> KShortest(int from, int to, int k)
    {
        var found = new List<(List<int> Offices, double Cost)>();
        var first = Shortest(from, to);
        if (first is null)
        {
            return found;
        }

        found.Add((first, Cost(first)));
        if (k == 1)
        {
            return found;
        }

        var candidates = new PriorityQueue<List<int>, (double, long)>();
        var known = new HashSet<string>(StringComparer.Ordinal) { Key(first) };
        long order = 0;
        while (found.Count < k)
        {
            var previous = found[^1].Offices;
            for (var i = 0; i < previous.Count - 1; i++)
            {
                var spur = previous[i];
                _blockedNext.Clear();
                foreach (var (path, _) in found)
                {
                    if (path.Count > i + 1 && SamePrefix(path, previous, i))
                    {
                        _blockedNext.Add(path[i + 1]);
                    }
                }

                for (var j = 0; j < i; j++)
                {
                    _blocked[previous[j]] = true;
                }

                var tail = Shortest(spur, to);
                for (var j = 0; j < i; j++)
                {
                    _blocked[previous[j]] = false;
                }

                if (tail is not null)
                {
                    var candidate = previous.GetRange(0, i);
                    candidate.AddRange(tail);
                    if (known.Add(Key(candidate)))
                    {
                        candidates.Enqueue(candidate, (Cost(candidate), order++));
                    }
                }
            }

            _blockedNext.Clear();
            if (!candidates.TryDequeue(out var next, out var priority))
            {
                break;
            }

            found.Add((next, priority.Item1));
        }

        return found;
    }

    /// <summary>Subjects (in scope) that <paramref name="a"/> offers and <paramref name="b"/> requests, ascending.</summary>
    public List<int> SubjectsBetween(int a, int b, bool inScopeOnly = true)
    {
        var s = _s;
        var subjects = new List<int>();
        int i = s.OfficeOfferStart[a], j = s.OfficeRequestStart[b];
        while (i < s.OfficeOfferStart[a + 1] && j < s.OfficeRequestStart[b + 1])
        {
            var (offered, requested) = (s.OfficeOfferSubject[i], s.OfficeRequestSubject[j]);
            if (offered == requested && (!inScopeOnly || _allowed[offered]))
            {
                subjects.Add(offered);
            }

            i += offered <= requested ? 1 : 0;
            j += requested <= offered ? 1 : 0;
        }

        return subjects;
    }

    /// <summary>Hops, or Σ 1/w summed hop by hop in path order.</summary>
    public double Cost(List<int> path)
    {
        var cost = 0.0;
        for (var i = 0; i + 1 < path.Count; i++)
        {
            cost += _weighted ? 1.0 / SubjectsBetween(path[i], path[i + 1]).Count : 1.0;
        }

        return cost;
    }

    /// <summary>Whether <paramref name="office"/> offers something in scope that another office requests (or, reversed, requests something another offers).</summary>
    public bool HasLink(int office, bool outward)
    {
        var s = _s;
        var (start, subjects) = outward ? (s.OfficeOfferStart, s.OfficeOfferSubject) : (s.OfficeRequestStart, s.OfficeRequestSubject);
        for (var k = start[office]; k < start[office + 1]; k++)
        {
            var subject = subjects[k];
            if (!_allowed[subject])
            {
                continue;
            }

            var (others, first, end) = outward
                ? (s.RequestOffice, s.RequestStart(subject), s.RequestEnd(subject))
                : (s.OfferOffice, s.OfferStart(subject), s.OfferEnd(subject));
            for (var r = first; r < end; r++)
            {
                if (others[r] != office)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether support in scope joins the two offices when directions are ignored.</summary>
    public bool WeaklyJoined(int from, int to)
    {
        var s = _s;
        _epoch++;
        _officeSeen[from] = _epoch;
        _queue[0] = from;
        int head = 0, tail = 1;
        while (head < tail)
        {
            var v = _queue[head++];
            foreach (var (start, subjects) in new[] { (s.OfficeOfferStart, s.OfficeOfferSubject), (s.OfficeRequestStart, s.OfficeRequestSubject) })
            {
                for (var k = start[v]; k < start[v + 1]; k++)
                {
                    var subject = subjects[k];
                    if (!_allowed[subject] || _subjectSeen[subject] == _epoch || !Links(subject))
                    {
                        continue;
                    }

                    _subjectSeen[subject] = _epoch;
                    Visit(s.OfferOffice, s.OfferStart(subject), s.OfferEnd(subject), ref tail);
                    Visit(s.RequestOffice, s.RequestStart(subject), s.RequestEnd(subject), ref tail);
                }
            }
        }

        return _officeSeen[to] == _epoch;
    }

    private void Visit(int[] offices, int start, int end, ref int tail)
    {
        for (var r = start; r < end; r++)
        {
            if (_officeSeen[offices[r]] != _epoch)
            {
                _officeSeen[offices[r]] = _epoch;
                _queue[tail++] = offices[r];
            }
        }
    }

    /// <summary>Whether a subject makes a support edge at all: an offerer and a requester that are not the same office.</summary>
    private bool Links(int subject)
    {
        var s = _s;
        var (offers, requests) = (s.OfferEnd(subject) - s.OfferStart(subject), s.RequestEnd(subject) - s.RequestStart(subject));
        return offers > 0 && requests > 0 && !(offers == 1 && requests == 1 && s.OfferOffice[s.OfferStart(subject)] == s.RequestOffice[s.RequestStart(subject)]);
    }

    private List<int>? Shortest(int from, int to) => _weighted ? Dijkstra(from, to) : Bfs(from, to);

    private List<int>? Bfs(int from, int to)
    {
        var s = _s;
        _epoch++;
        _officeSeen[from] = _epoch;
        _parent[from] = -1;
        _queue[0] = from;
        int head = 0, tail = 1;
        while (head < tail)
        {
            var a = _queue[head++];
            for (var k = s.OfficeOfferStart[a]; k < s.OfficeOfferStart[a + 1]; k++)
            {
                var subject = s.OfficeOfferSubject[k];

                // A subject is expanded once per search: its requesters are then all at the same depth. Not so from the
                // spur office, whose own edges may be blocked: another office may still reach them through this subject.
                if (!_allowed[subject] || (a != from && _subjectSeen[subject] == _epoch))
                {
                    continue;
                }

                if (a != from)
                {
                    _subjectSeen[subject] = _epoch;
                }

                for (var r = s.RequestStart(subject); r < s.RequestEnd(subject); r++)
                {
                    var b = s.RequestOffice[r];
                    if (_officeSeen[b] == _epoch || _blocked[b] || (a == from && _blockedNext.Count != 0 && _blockedNext.Contains(b)))
                    {
                        continue;
                    }

                    _officeSeen[b] = _epoch;
                    _parent[b] = a;
                    if (b == to)
                    {
                        return Trace(to);
                    }

                    _queue[tail++] = b;
                }
            }
        }

        return null;
    }

    private List<int>? Dijkstra(int from, int to)
    {
        var s = _s;
        _epoch++;
        _heap.Clear();
        _officeSeen[from] = _epoch;
        _distance[from] = 0;
        _parent[from] = -1;
        _heap.Enqueue(from, 0);

        // _officeSeen marks offices with a tentative distance in this search, _settled those done.
        while (_heap.TryDequeue(out var a, out var d))
        {
            if (Settled(a) || d > _distance[a])
            {
                continue;
            }

            Settle(a);
            if (a == to)
            {
                return Trace(to);
            }

            var count = 0;
            for (var k = s.OfficeOfferStart[a]; k < s.OfficeOfferStart[a + 1]; k++)
            {
                var subject = s.OfficeOfferSubject[k];
                if (!_allowed[subject])
                {
                    continue;
                }

                for (var r = s.RequestStart(subject); r < s.RequestEnd(subject); r++)
                {
                    var b = s.RequestOffice[r];
                    if (b != a && _count[b]++ == 0)
                    {
                        _neighbours[count++] = b;
                    }
                }
            }

            for (var i = 0; i < count; i++)
            {
                var b = _neighbours[i];
                var w = _count[b];
                _count[b] = 0;
                if (_blocked[b] || Settled(b) || (a == from && _blockedNext.Count != 0 && _blockedNext.Contains(b)))
                {
                    continue;
                }

                var candidate = d + (1.0 / w);
                if (_officeSeen[b] != _epoch || candidate < _distance[b])
                {
                    _officeSeen[b] = _epoch;
                    _distance[b] = candidate;
                    _parent[b] = a;
                    _heap.Enqueue(b, candidate);
                }
            }
        }

        return null;
    }

    private bool Settled(int office) => _settled[office] == _epoch;

    private void Settle(int office) => _settled[office] = _epoch;

    private List<int> Trace(int to)
    {
        var path = new List<int>();
        for (var v = to; v >= 0; v = _parent[v])
        {
            path.Add(v);
        }

        path.Reverse();
        return path;
    }

    private static bool SamePrefix(List<int> a, List<int> b, int length)
    {
        for (var i = 0; i <= length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string Key(List<int> path) => string.Join(',', path);
}
