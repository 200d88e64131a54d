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

    /// <summary>Subjects with more offerers than this get the chain gadget (<see cref="AddChains"/>) instead of an arc per offerer.</summary>
    public const int ChainAbove = 32;

    public static MatchPlanResult Plan(NetworkSnapshot s, int capacity, CapacityMode mode, int chainAbove = ChainAbove)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        var providers = mode == CapacityMode.Total ? s.OfficeCount : s.OfferOffice.Length;
        var graph = new Dinic();
        for (var v = 0; v < 2 + providers; v++)
        {
            graph.AddNode();
        }

        var groups = new List<Group>();
        var chains = new List<Chain>();
        for (var subject = 0; subject < s.SubjectCount; subject++)
        {
            if (s.SetApart[subject] || s.RequestEnd(subject) == s.RequestStart(subject))
            {
                continue;
            }

            if (s.OfferEnd(subject) - s.OfferStart(subject) > chainAbove)
            {
                chains.Add(AddChains(graph, s, subject, mode, groups));
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
        foreach (var chain in chains)
        {
            chain.Decompose(graph.Flow);
        }

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

            foreach (var (offer, count) in group.Served)
            {
                for (var f = count; f > 0; f--)
                {
                    assignments.Add((queue.Dequeue(), offer));
                }
            }

            var reason = !group.HasProvider ? "no other office offers the subject" : "every office offering it is at capacity";
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

        return new Group(requests, links, links.Count > 0);
    }

    /// <summary>
    /// A subject with k offerers o₁ … o_k (office order) without k arcs per group: a prefix chain P_j → P_{j−1}, P_j → o_j
    /// and a suffix chain S_j → S_{j+1}, S_j → o_j. Requests from non-offerers enter P_k (any offerer); a request from
    /// o_j itself enters P_{j−1} and S_{j+1} (every offerer but itself). 2k nodes and 4k arcs per subject plus two per
    /// self-request, where arcs per offerer cost k per request (16M arcs for one subject at L). Same maximum.
    /// </summary>
    private static Chain AddChains(Dinic graph, NetworkSnapshot s, int subject, CapacityMode mode, List<Group> groups)
    {
        var (first, k) = (s.OfferStart(subject), s.OfferEnd(subject) - s.OfferStart(subject));
        var unbounded = s.RequestEnd(subject) - s.RequestStart(subject);
        var prefix = new int[k];
        var suffix = new int[k];
        var prefixLeaf = new int[k];
        var suffixLeaf = new int[k];
        for (var j = 0; j < k; j++)
        {
            (prefix[j], suffix[j]) = (graph.AddNode(), graph.AddNode());
        }

        for (var j = 0; j < k; j++)
        {
            var provider = 2 + (mode == CapacityMode.Total ? s.OfferOffice[first + j] : first + j);
            prefixLeaf[j] = graph.AddArc(prefix[j], provider, unbounded);
            suffixLeaf[j] = graph.AddArc(suffix[j], provider, unbounded);
            if (j > 0)
            {
                graph.AddArc(prefix[j], prefix[j - 1], unbounded);
            }

            if (j + 1 < k)
            {
                graph.AddArc(suffix[j], suffix[j + 1], unbounded);
            }
        }

        var chain = new Chain(first, prefixLeaf, suffixLeaf);
        var outsiders = new List<int>();
        for (var r = s.RequestStart(subject); r < s.RequestEnd(subject); r++)
        {
            var j = OfferOf(s, subject, s.RequestOffice[r]) - first;
            if (j < 0)
            {
                outsiders.Add(r);
                continue;
            }

            var node = graph.AddNode();
            graph.AddArc(Source, node, 1);
            var group = new Group([r], [], k > 1);
            groups.Add(group);
            if (j > 0)
            {
                chain.PrefixEntries.Add((j - 1, graph.AddArc(node, prefix[j - 1], 1), group));
            }

            if (j + 1 < k)
            {
                chain.SuffixEntries.Add((j + 1, graph.AddArc(node, suffix[j + 1], 1), group));
            }
        }

        if (outsiders.Count > 0)
        {
            var node = graph.AddNode();
            graph.AddArc(Source, node, outsiders.Count);
            var group = new Group(outsiders, [], true);
            groups.Add(group);
            chain.PrefixEntries.Add((k - 1, graph.AddArc(node, prefix[k - 1], outsiders.Count), group));
        }

        return chain;
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
        var coverable = groups.Where(g => g.HasProvider).Sum(g => g.Requests.Count);
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

    private sealed record Group(List<int> Requests, List<(int Arc, int Offer)> Links, bool HasProvider)
    {
        /// <summary>(offer, requests) served through a chain, filled by <see cref="Chain.Decompose"/>.</summary>
        public List<(int Offer, int Count)> Served { get; } = [];
    }

    /// <summary>The chains of one subject and the groups entering them, to split chain flows back into assignments.</summary>
    private sealed record Chain(int FirstOffer, int[] PrefixLeaf, int[] SuffixLeaf)
    {
        public List<(int At, int Arc, Group Group)> PrefixEntries { get; } = [];

        public List<(int At, int Arc, Group Group)> SuffixEntries { get; } = [];

        /// <summary>
        /// Walks each chain from its entry end: units entering at or before position j may leave at j (every offerer
        /// past the entry is allowed to the group), so handing leaf flows out in arrival order is a valid split.
        /// </summary>
        public void Decompose(int[] flow)
        {
            Walk(flow, PrefixEntries, PrefixLeaf, descending: true);
            Walk(flow, SuffixEntries, SuffixLeaf, descending: false);
        }

        private void Walk(int[] flow, List<(int At, int Arc, Group Group)> entries, int[] leaves, bool descending)
        {
            var pool = new Queue<(Group Group, int Units)>();
            var byPosition = entries.ToLookup(e => e.At);
            var k = leaves.Length;
            for (var step = 0; step < k; step++)
            {
                var j = descending ? k - 1 - step : step;
                foreach (var entry in byPosition[j])
                {
                    if (flow[entry.Arc] > 0)
                    {
                        pool.Enqueue((entry.Group, flow[entry.Arc]));
                    }
                }

                for (var leaving = flow[leaves[j]]; leaving > 0;)
                {
                    var (group, units) = pool.Dequeue();
                    var taken = Math.Min(units, leaving);
                    group.Served.Add((FirstOffer + j, taken));
                    leaving -= taken;
                    if (units > taken)
                    {
                        // Keep the rest first in line: re-queue at the front by rotating the queue.
                        var rest = new Queue<(Group, int)>([(group, units - taken), .. pool]);
                        pool = rest;
                    }
                }
            }
        }
    }
}
