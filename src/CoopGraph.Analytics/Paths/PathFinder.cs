using CoopGraph.Analytics.Graph;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;

namespace CoopGraph.Analytics.Paths;

/// <summary>K shortest loopless support paths (QuikGraph's Yen) on the support graph restricted to the allowed subjects.</summary>
internal static class PathFinder
{
    public static PathsResult Find(NetworkSnapshot s, int from, int to, PathOptions options)
    {
        var allowed = AllowedSubjects(s, options);
        var g = s.Support.Value;
        var graph = new AdjacencyGraph<int, EquatableTaggedEdge<int, double>>(allowParallelEdges: false);
        graph.AddVertexRange(Enumerable.Range(0, s.OfficeCount));
        var edgeOf = new Dictionary<(int, int), int>();
        for (var e = 0; e < g.EdgeCount; e++)
        {
            var w = 0;
            for (var i = g.SubjectStart[e]; i < g.SubjectStart[e + 1]; i++)
            {
                w += allowed[g.Subjects[i]] ? 1 : 0;
            }

            if (w > 0)
            {
                graph.AddEdge(new EquatableTaggedEdge<int, double>(g.From[e], g.To[e], options.Weighted ? 1.0 / w : 1.0));
                edgeOf[(g.From[e], g.To[e])] = e;
            }
        }

        var parameters = new (string, object)[]
        {
            ("from", s.OfficeCodes[from]), ("to", s.OfficeCodes[to]), ("k", options.K),
            ("subjects", options.Subjects is { Count: > 0 } ? string.Join(",", options.Subjects.Order(StringComparer.Ordinal)) : "all"),
            ("area", options.Area ?? "all"), ("cost", options.Weighted ? "sum of 1/w" : "hops"),
        };
        var reason = from == to ? "the two offices are the same" : WhyNoPath(s, graph, from, to, options.Subjects is { Count: > 0 } || options.Area is not null ? " in the chosen subjects" : "");
        if (reason is not null)
        {
            return new PathsResult(s.OfficeCodes[from], s.OfficeCodes[to], [], reason, s.EvidenceOf("Yen k shortest loopless paths (QuikGraph)", [], parameters));
        }

        var yen = new YenShortestPathsAlgorithm<int>(graph, from, to, options.K, e => e.Tag);
        var paths = yen.Execute()
            .Select(p => p.ToList())
            .Select(p => new SupportPath(
                [s.OfficeCodes[from], .. p.Select(e => s.OfficeCodes[e.Target])],
                [.. p.Select(e => Hop(s, g, edgeOf[(e.Source, e.Target)], allowed))],
                p.Sum(e => e.Tag)))
            .ToList();
        var used = paths.SelectMany(p => p.Hops).Select(h => (h.From, h.To)).Distinct()
            .Select(h => s.SupportEdges[edgeOf[(s.IndexOfOffice(h.From), s.IndexOfOffice(h.To))]]).ToList();
        return new PathsResult(s.OfficeCodes[from], s.OfficeCodes[to], paths, null, s.EvidenceOf("Yen k shortest loopless paths (QuikGraph)", used, parameters));
    }

    private static bool[] AllowedSubjects(NetworkSnapshot s, PathOptions options)
    {
        var allowed = new bool[s.SubjectCount];
        var bySubject = options.Subjects is { Count: > 0 };
        foreach (var id in options.Subjects ?? [])
        {
            var i = s.IndexOfSubject(id);
            allowed[i >= 0 ? i : throw new ArgumentException($"unknown subject '{id}'", nameof(options))] = true;
        }

        if (options.Area is not null && s.Dataset.Areas.All(a => a.Id != options.Area))
        {
            throw new ArgumentException($"unknown area '{options.Area}'", nameof(options));
        }

        for (var i = 0; i < s.SubjectCount; i++)
        {
            allowed[i] = (!bySubject || allowed[i]) && (options.Area is null || s.Dataset.Subjects[i].Area == options.Area);
        }

        return allowed;
    }

    private static PathHop Hop(NetworkSnapshot s, SupportGraph g, int e, bool[] allowed)
    {
        var (a, b) = (g.From[e], g.To[e]);
        var subjects = new List<HopSubject>();
        for (var i = g.SubjectStart[e]; i < g.SubjectStart[e + 1]; i++)
        {
            var subject = g.Subjects[i];
            if (allowed[subject])
            {
                var request = s.RequestRecord[Array.BinarySearch(s.RequestOffice, s.RequestStart(subject), s.RequestEnd(subject) - s.RequestStart(subject), b)];
                var offer = s.OfferRecord[Array.BinarySearch(s.OfferOffice, s.OfferStart(subject), s.OfferEnd(subject) - s.OfferStart(subject), a)];
                subjects.Add(new HopSubject(s.SubjectIds[subject], s.Dataset.Requests[request], s.Dataset.Offers[offer]));
            }
        }

        return new PathHop(s.OfficeCodes[a], s.OfficeCodes[b], subjects);
    }

    /// <summary>Null when <paramref name="to"/> is reachable; otherwise the most specific reason it is not.</summary>
    private static string? WhyNoPath(NetworkSnapshot s, AdjacencyGraph<int, EquatableTaggedEdge<int, double>> graph, int from, int to, string scope)
    {
        var (a, b) = (s.OfficeCodes[from], s.OfficeCodes[to]);
        if (graph.IsOutEdgesEmpty(from))
        {
            return $"{a} offers nothing{scope} that another office requests";
        }

        if (graph.Edges.All(e => e.Target != to))
        {
            return $"{b} requests nothing{scope} that another office offers";
        }

        if (Reaches(graph, from, to, directed: true))
        {
            return null;
        }

        return Reaches(graph, from, to, directed: false)
            ? $"support links {a} and {b} only in the other direction: no chain of offers leads from {a} to {b}"
            : $"{a} and {b} are in different components of the support graph (no chain of offers and requests joins them)";
    }

    private static bool Reaches(AdjacencyGraph<int, EquatableTaggedEdge<int, double>> graph, int from, int to, bool directed)
    {
        var seen = new bool[graph.VertexCount];
        var queue = new Queue<int>([from]);
        seen[from] = true;
        while (queue.TryDequeue(out var v))
        {
            var next = graph.OutEdges(v).Select(e => e.Target);
            if (!directed)
            {
                next = next.Concat(graph.Edges.Where(e => e.Target == v).Select(e => e.Source));
            }

            foreach (var w in next.Where(w => !seen[w]))
            {
                seen[w] = true;
                queue.Enqueue(w);
            }
        }

        return seen[to];
    }
}
