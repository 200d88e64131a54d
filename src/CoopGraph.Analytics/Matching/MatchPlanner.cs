namespace CoopGraph.Analytics.Matching;

/// <summary>
/// Maximum coverage of requests under provider capacities as a maximum flow (Dinic on arrays; QuikGraph's Edmonds–Karp took 1.1–1.4 s at 200 offices and
/// 50k links where this takes milliseconds: docs/kernels.md). Requests of a
/// subject from offices that do not offer it themselves are interchangeable (every offerer may serve them), so they
/// share one node with capacity = their number; only a request from an office that also offers the subject gets its own
/// node (it must not be served by itself). Network: source → request group (size) → provider (group size) → sink (c),
/// where the provider is the office (<see cref="CapacityMode.Total"/>) or the offer (<see cref="CapacityMode.PerSubject"/>).
/// Grouping keeps the flow network, and the number of augmenting paths, small: one node per subject, not per request.
/// Edges are added in subject, requester and provider code order, and group flows are handed to requesters in code
/// order, so the same dataset always gets the same plan.
/// </summary>
internal static class MatchPlanner
{
    private const int Source = 0;
    private const int Sink = 1;

    public static MatchPlanResult Plan(NetworkSnapshot s, int capacity, CapacityMode mode)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        var providers = mode == CapacityMode.Total ? s.OfficeCount : s.OfferOffice.Length;
        var graph = new Dinic();
        for (var v = 0; v < 2 + providers; v++)
        {
            graph.AddNode();
        }

        var groups = new List<Group>();
        for (var subject = 0; subject < s.SubjectCount; subject++)
        {
            if (s.CrossCutting[subject] || s.RequestEnd(subject) == s.RequestStart(subject))
            {
                continue;
            }

            var outsiders = new List<int>();
            for (var r = s.RequestStart(subject); r < s.RequestEnd(subject); r++)
            {
                if (OfferOf(s, subject, s.RequestOffice[r]) >= 0)
                {
                    groups.Add(AddGroup(graph, s, subject, [r], 2, mode));
                }
                else
                {
                    outsiders.Add(r);
                }
            }

            if (outsiders.Count > 0)
            {
                groups.Add(AddGroup(graph, s, subject, outsiders, 2, mode));
            }
        }

        for (var p = 0; p < providers; p++)
        {
            graph.AddArc(2 + p, Sink, capacity);
        }

        graph.Solve(Source, Sink);
        var assignments = new List<(int Request, int Offer)>();
        var unassigned = new List<(int Request, string Reason)>();
        foreach (var group in groups)
        {
            var queue = new Queue<int>(group.Requests);
            foreach (var (arc, offer) in group.Links)
            {
                for (var f = graph.Flow[arc]; f > 0; f--)
                {
                    assignments.Add((queue.Dequeue(), offer));
                }
            }

            var reason = group.Links.Count == 0 ? "no other office offers the subject" : "every office offering it is at capacity";
            unassigned.AddRange(queue.Select(r => (r, reason)));
        }

        return Result(s, capacity, mode, groups, assignments, unassigned);
    }

    private static Group AddGroup(Dinic graph, NetworkSnapshot s, int subject, List<int> requests, int providerBase, CapacityMode mode)
    {
        var node = graph.AddNode();
        graph.AddArc(Source, node, requests.Count);
        var self = requests.Count == 1 ? s.RequestOffice[requests[0]] : -1;
        var links = new List<(int, int)>();
        for (var o = s.OfferStart(subject); o < s.OfferEnd(subject); o++)
        {
            if (s.OfferOffice[o] != self)
            {
                links.Add((graph.AddArc(node, providerBase + (mode == CapacityMode.Total ? s.OfferOffice[o] : o), requests.Count), o));
            }
        }

        return new Group(requests, links);
    }

    private static int OfferOf(NetworkSnapshot s, int subject, int office) =>
        Array.BinarySearch(s.OfferOffice, s.OfferStart(subject), s.OfferEnd(subject) - s.OfferStart(subject), office);

    private static MatchPlanResult Result(
        NetworkSnapshot s, int capacity, CapacityMode mode, List<Group> groups, List<(int Request, int Offer)> assigned, List<(int Request, string Reason)> unassigned)
    {
        // Request indices run by subject (dataset order), then requesting office code.
        assigned.Sort((x, y) => x.Request.CompareTo(y.Request));
        unassigned.Sort((x, y) => x.Request.CompareTo(y.Request));
        var subjectOf = new int[s.RequestOffice.Length];
        for (var subject = 0; subject < s.SubjectCount; subject++)
        {
            Array.Fill(subjectOf, subject, s.RequestStart(subject), s.RequestEnd(subject) - s.RequestStart(subject));
        }

        var requests = groups.Sum(g => g.Requests.Count);
        var coverable = groups.Where(g => g.Links.Count > 0).Sum(g => g.Requests.Count);
        var evidence = s.EvidenceOf(
            "maximum flow (Dinic): source -> request group -> provider (c) -> sink",
            [], ("capacity", capacity), ("mode", mode == CapacityMode.Total ? "total per office" : "per office and subject"),
            ("tieBreak", "edges in subject, requester, provider order; group flows to requesters in code order"));
        return new MatchPlanResult(
            capacity, mode, requests, coverable, assigned.Count, requests == 0 ? 0 : 100.0 * assigned.Count / requests,
            [.. assigned.Select(a => new MatchAssignment(
                s.OfficeCodes[s.RequestOffice[a.Request]], s.SubjectIds[subjectOf[a.Request]], s.OfficeCodes[s.OfferOffice[a.Offer]],
                s.Dataset.Requests[s.RequestRecord[a.Request]], s.Dataset.Offers[s.OfferRecord[a.Offer]]))],
            [.. unassigned.Select(u => new UnassignedRequest(s.OfficeCodes[s.RequestOffice[u.Request]], s.SubjectIds[subjectOf[u.Request]], u.Reason))],
            evidence);
    }

    private sealed record Group(List<int> Requests, List<(int Arc, int Offer)> Links);
}
