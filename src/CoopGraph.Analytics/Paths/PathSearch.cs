namespace CoopGraph.Analytics.Paths;

/// <summary>
/// Shortest support paths read off the bipartite graph (office → subject it offers → office requesting it), so no
/// projection is built and a query costs at most the links it touches: breadth-first by hops (each subject expanded
/// once, stopping at the target), Dijkstra with a binary heap by Σ 1/w (w counted per expanded office). Yen's
/// k-shortest loopless paths on top. By hops, a search with nothing blocked (a single pair, Yen's first path) runs from
/// both ends at once and stops where they meet, so it touches the links near the two offices rather than everything
/// closer to the start than the target. One instance per query: its arrays are scratch space, reused by every search.
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
    private readonly int[] _subjectVia;
    private readonly int[] _officeSeenBack;
    private readonly int[] _subjectSeenBack;
    private readonly int[] _officeViaBack;
    private readonly int[] _subjectViaBack;
    private readonly int[] _layers;
    private readonly int[] _layersBack;
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
        _subjectVia = new int[s.SubjectCount];
        _officeSeenBack = new int[n];
        _subjectSeenBack = new int[s.SubjectCount];
        _officeViaBack = new int[n];
        _subjectViaBack = new int[s.SubjectCount];
        _layers = new int[n + s.SubjectCount];
        _layersBack = new int[n + s.SubjectCount];
    }

    /// <summary>Up to <paramref name="k"/> shortest loopless paths (office lists), shortest first (Yen 1971).</summary>
    public List<(List<int> Offices, double Cost)> KShortest(int from, int to, int k)
    {
        var found = new List<(List<int> Offices, double Cost)>();
        var first = _weighted ? Dijkstra(from, to) : BidirectionalBfs(from, to);
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

    /// <summary>
    /// Shortest path by hops with nothing blocked, searched from both ends on the bipartite graph: forward office →
    /// subject it offers → office requesting it, backward office → subject it requests → office offering it. Each step
    /// expands one whole layer of the side whose layer has fewer links to scan; the first node found by both sides joins a
    /// shortest path (every meeting in that layer has the same length: a shorter one would have met a layer earlier).
    /// Among equally short paths it returns the one it meets first, in subject and office order.
    /// </summary>
    private List<int>? BidirectionalBfs(int from, int to)
    {
        var s = _s;
        var epoch = ++_epoch;
        _officeSeen[from] = epoch;
        _parent[from] = -1;
        _officeSeenBack[to] = epoch;
        _officeViaBack[to] = -1;
        _layers[0] = from;
        _layersBack[0] = to;

        // Each side's queue holds its layers one after another: offices at even depth, subjects at odd depth. Forward,
        // _parent holds the subject an office was reached through and _subjectVia the office that offered a subject;
        // backward, _officeViaBack and _subjectViaBack the same towards the target.
        int start = 0, end = 1, depth = 0, startBack = 0, endBack = 1, depthBack = 0;
        long cost = s.OfficeOfferStart[from + 1] - s.OfficeOfferStart[from];
        long costBack = s.OfficeRequestStart[to + 1] - s.OfficeRequestStart[to];
        while (start < end && startBack < endBack)
        {
            int meet;
            var forward = cost <= costBack;
            var tail = forward ? end : endBack;
            long next = 0;
            if (forward)
            {
                meet = depth % 2 == 0 ? ForwardSubjects(start, end, ref tail, ref next) : ForwardOffices(start, end, ref tail, ref next);
                (start, end, cost) = (end, tail, next);
                depth++;
            }
            else
            {
                meet = depthBack % 2 == 0 ? BackwardSubjects(startBack, endBack, ref tail, ref next) : BackwardOffices(startBack, endBack, ref tail, ref next);
                (startBack, endBack, costBack) = (endBack, tail, next);
                depthBack++;
            }

            if (meet >= 0)
            {
                // A meeting at an even depth of the side that found it is an office, at an odd depth a subject.
                return Join(meet, isSubject: (forward ? depth : depthBack) % 2 == 1);
            }
        }

        return null;
    }

    private int ForwardSubjects(int start, int end, ref int tail, ref long next)
    {
        var s = _s;
        var epoch = _epoch;
        for (var q = start; q < end; q++)
        {
            var a = _layers[q];
            for (var k = s.OfficeOfferStart[a]; k < s.OfficeOfferStart[a + 1]; k++)
            {
                var subject = s.OfficeOfferSubject[k];
                if (!_allowed[subject] || _subjectSeen[subject] == epoch)
                {
                    continue;
                }

                _subjectSeen[subject] = epoch;
                _subjectVia[subject] = a;
                if (_subjectSeenBack[subject] == epoch)
                {
                    return subject;
                }

                _layers[tail++] = subject;
                next += s.RequestEnd(subject) - s.RequestStart(subject);
            }
        }

        return -1;
    }

    private int ForwardOffices(int start, int end, ref int tail, ref long next)
    {
        var s = _s;
        var epoch = _epoch;
        for (var q = start; q < end; q++)
        {
            var subject = _layers[q];
            for (var r = s.RequestStart(subject); r < s.RequestEnd(subject); r++)
            {
                var b = s.RequestOffice[r];
                if (_officeSeen[b] == epoch)
                {
                    continue;
                }

                _officeSeen[b] = epoch;
                _parent[b] = subject;
                if (_officeSeenBack[b] == epoch)
                {
                    return b;
                }

                _layers[tail++] = b;
                next += s.OfficeOfferStart[b + 1] - s.OfficeOfferStart[b];
            }
        }

        return -1;
    }

    private int BackwardSubjects(int start, int end, ref int tail, ref long next)
    {
        var s = _s;
        var epoch = _epoch;
        for (var q = start; q < end; q++)
        {
            var b = _layersBack[q];
            for (var k = s.OfficeRequestStart[b]; k < s.OfficeRequestStart[b + 1]; k++)
            {
                var subject = s.OfficeRequestSubject[k];
                if (!_allowed[subject] || _subjectSeenBack[subject] == epoch)
                {
                    continue;
                }

                _subjectSeenBack[subject] = epoch;
                _subjectViaBack[subject] = b;
                if (_subjectSeen[subject] == epoch)
                {
                    return subject;
                }

                _layersBack[tail++] = subject;
                next += s.OfferEnd(subject) - s.OfferStart(subject);
            }
        }

        return -1;
    }

    private int BackwardOffices(int start, int end, ref int tail, ref long next)
    {
        var s = _s;
        var epoch = _epoch;
        for (var q = start; q < end; q++)
        {
            var subject = _layersBack[q];
            for (var r = s.OfferStart(subject); r < s.OfferEnd(subject); r++)
            {
                var a = s.OfferOffice[r];
                if (_officeSeenBack[a] == epoch)
                {
                    continue;
                }

                _officeSeenBack[a] = epoch;
                _officeViaBack[a] = subject;
                if (_officeSeen[a] == epoch)
                {
                    return a;
                }

                _layersBack[tail++] = a;
                next += s.OfficeRequestStart[a + 1] - s.OfficeRequestStart[a];
            }
        }

        return -1;
    }

    /// <summary>The office list through the meeting node: the forward trail back to the start, then the backward trail on to the target.</summary>
    private List<int> Join(int meet, bool isSubject)
    {
        var path = new List<int>();
        for (var office = isSubject ? _subjectVia[meet] : meet; ; office = _subjectVia[_parent[office]])
        {
            path.Add(office);
            if (_parent[office] < 0)
            {
                break;
            }
        }

        path.Reverse();
        for (var subject = isSubject ? meet : _officeViaBack[meet]; subject >= 0; subject = _officeViaBack[_subjectViaBack[subject]])
        {
            path.Add(_subjectViaBack[subject]);
        }

        return path;
    }

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
