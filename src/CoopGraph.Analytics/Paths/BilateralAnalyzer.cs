using CoopGraph.Domain;

namespace CoopGraph.Analytics.Paths;

/// <summary>Bilateral opportunities (from the bipartite graph) and reciprocal pairs (from the support graph).</summary>
internal static class BilateralAnalyzer
{
    public static BilateralResult Bilateral(NetworkSnapshot s, int office)
    {
        var gives = new List<string>?[s.OfficeCount];
        var receives = new List<string>?[s.OfficeCount];
        for (var i = s.OfficeOfferStart[office]; i < s.OfficeOfferStart[office + 1]; i++)
        {
            var subject = s.OfficeOfferSubject[i];
            for (var r = s.RequestStart(subject); r < s.RequestEnd(subject); r++)
            {
                Add(gives, s.RequestOffice[r], office, s.SubjectIds[subject]);
            }
        }

        for (var i = s.OfficeRequestStart[office]; i < s.OfficeRequestStart[office + 1]; i++)
        {
            var subject = s.OfficeRequestSubject[i];
            for (var o = s.OfferStart(subject); o < s.OfferEnd(subject); o++)
            {
                Add(receives, s.OfferOffice[o], office, s.SubjectIds[subject]);
            }
        }

        var partners = new List<BilateralPartner>();
        for (var p = 0; p < s.OfficeCount; p++)
        {
            if (gives[p] is not null || receives[p] is not null)
            {
                partners.Add(new BilateralPartner(s.OfficeCodes[p], gives[p] ?? [], receives[p] ?? []));
            }
        }

        var evidence = s.EvidenceOf("bilateral opportunities from the bipartite graph (no projection)", [], ("office", s.OfficeCodes[office]));
        return new BilateralResult(s.OfficeCodes[office], partners, evidence);
    }

    public static ReciprocalPairsResult ReciprocalPairs(NetworkSnapshot s)
    {
        var g = s.Support.Value;
        var pairs = new List<ReciprocalPair>();
        var edges = new List<SupportEdge>();
        for (var e = 0; e < g.EdgeCount; e++)
        {
            if (g.From[e] < g.To[e] && g.FindEdge(g.To[e], g.From[e]) is var back and >= 0)
            {
                var (forward, backward) = (s.SupportEdges[e], s.SupportEdges[back]);
                pairs.Add(new ReciprocalPair(forward.From, forward.To, forward.Subjects, backward.Subjects));
                edges.Add(forward);
                edges.Add(backward);
            }
        }

        return new ReciprocalPairsResult(pairs, s.EvidenceOf("support edges present in both directions", edges));
    }

    private static void Add(List<string>?[] lists, int partner, int office, string subject)
    {
        if (partner != office)
        {
            (lists[partner] ??= []).Add(subject);
        }
    }
}
