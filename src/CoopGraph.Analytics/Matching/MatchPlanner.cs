using QuikGraph;
using QuikGraph.Algorithms.MaximumFlow;

namespace CoopGraph.Analytics.Matching;

/// <summary>
/// Maximum coverage of requests under provider capacities as a maximum flow (QuikGraph's Edmonds–Karp):
/// source → request (1) → offer of another office (1) → provider node (c) → sink, where the provider node is the office
/// (<see cref="CapacityMode.Total"/>) or the offer itself (<see cref="CapacityMode.PerSubject"/>). Edges are added in
/// subject, requester and provider code order, so the same dataset always gets the same plan.
/// </summary>
internal static class MatchPlanner
{
    private const int Source = 0;
    private const int Sink = 1;

    public static MatchPlanResult Plan(NetworkSnapshot s, int capacity, CapacityMode mode)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        var requests = new List<int>();
        for (var subject = 0; subject < s.SubjectCount; subject++)
        {
            if (!s.CrossCutting[subject])
            {
                for (var r = s.RequestStart(subject); r < s.RequestEnd(subject); r++)
                {
                    requests.Add(r);
                }
            }
        }

        var requestSubject = new int[s.RequestOffice.Length];
        for (var subject = 0; subject < s.SubjectCount; subject++)
        {
            Array.Fill(requestSubject, subject, s.RequestStart(subject), s.RequestEnd(subject) - s.RequestStart(subject));
        }

        // Vertices: 0 source, 1 sink, 2.. requests, then provider nodes (offices or offers).
        var providerBase = 2 + requests.Count;
        var providers = mode == CapacityMode.Total ? s.OfficeCount : s.OfferOffice.Length;
        var graph = new AdjacencyGraph<int, TaggedEdge<int, double>>();
        graph.AddVertexRange(Enumerable.Range(0, providerBase + providers));
        var links = new List<(TaggedEdge<int, double> Edge, int Request, int Offer)>();
        var offered = new bool[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            var subject = requestSubject[r];
            graph.AddEdge(new TaggedEdge<int, double>(Source, 2 + i, 1));
            for (var o = s.OfferStart(subject); o < s.OfferEnd(subject); o++)
            {
                if (s.OfferOffice[o] != s.RequestOffice[r])
                {
                    var provider = providerBase + (mode == CapacityMode.Total ? s.OfferOffice[o] : o);
                    var edge = new TaggedEdge<int, double>(2 + i, provider, 1);
                    graph.AddEdge(edge);
                    links.Add((edge, i, o));
                    offered[i] = true;
                }
            }
        }

        for (var p = 0; p < providers; p++)
        {
            graph.AddEdge(new TaggedEdge<int, double>(providerBase + p, Sink, capacity));
        }

        var assignedOffer = Solve(graph, links);
        var assignments = new List<MatchAssignment>();
        var unassigned = new List<UnassignedRequest>();
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            var (office, subject) = (s.OfficeCodes[s.RequestOffice[r]], s.SubjectIds[requestSubject[r]]);
            if (assignedOffer[i] is var o and >= 0)
            {
                assignments.Add(new MatchAssignment(office, subject, s.OfficeCodes[s.OfferOffice[o]], s.Dataset.Requests[s.RequestRecord[r]], s.Dataset.Offers[s.OfferRecord[o]]));
            }
            else
            {
                unassigned.Add(new UnassignedRequest(office, subject, offered[i] ? "every office offering it is at capacity" : "no other office offers the subject"));
            }
        }

        var evidence = s.EvidenceOf(
            "maximum flow (QuikGraph Edmonds-Karp): source -> request (1) -> offer (1) -> provider (c) -> sink",
            [], ("capacity", capacity), ("mode", mode == CapacityMode.Total ? "total per office" : "per office and subject"),
            ("tieBreak", "edges in subject, requester, provider order"));
        return new MatchPlanResult(
            capacity, mode, requests.Count, offered.Count(o => o), assignments.Count,
            requests.Count == 0 ? 0 : 100.0 * assignments.Count / requests.Count, assignments, unassigned, evidence);
    }

    private static int[] Solve(AdjacencyGraph<int, TaggedEdge<int, double>> graph, List<(TaggedEdge<int, double> Edge, int Request, int Offer)> links)
    {
        var requestCount = graph.OutDegree(Source);
        var assigned = new int[requestCount];
        Array.Fill(assigned, -1);
        if (graph.EdgeCount == 0 || requestCount == 0)
        {
            return assigned;
        }

        EdgeFactory<int, TaggedEdge<int, double>> factory = (source, target) => new TaggedEdge<int, double>(source, target, 0);
        var augmentor = new ReversedEdgeAugmentorAlgorithm<int, TaggedEdge<int, double>>(graph, factory);
        augmentor.AddReversedEdges();
        var flow = new EdmondsKarpMaximumFlowAlgorithm<int, TaggedEdge<int, double>>(graph, e => e.Tag, factory, augmentor);
        flow.Compute(Source, Sink);
        foreach (var (edge, request, offer) in links)
        {
            if (flow.ResidualCapacities[edge] < 0.5)
            {
                assigned[request] = offer;
            }
        }

        augmentor.RemoveReversedEdges();
        return assigned;
    }
}
