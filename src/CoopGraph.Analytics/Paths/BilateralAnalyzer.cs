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

    /// <summary>
    /// Pairs a &lt; b with support both ways, found on the bipartite graph: stamp a's out-neighbours (requesters of what
    /// a offers), then keep those of a's in-neighbours (offerers of what a requests) that carry the stamp.
    /// </summary>
    public static ReciprocalPairsResult ReciprocalPairs(NetworkSnapshot s)
    {
        var pairs = new List<ReciprocalPair>();
        var edges = new List<SupportEdge>();
        foreach (var (a, b) in ReciprocalIndexPairs(s))
        {
            var (forward, backward) = (Edge(s, a, b), Edge(s, b, a));
            pairs.Add(new ReciprocalPair(forward.From, forward.To, forward.Subjects, backward.Subjects));
            edges.Add(forward);
            edges.Add(backward);
        }

        return new ReciprocalPairsResult(pairs, s.EvidenceOf("support edges present in both directions", edges));
    }

    /// <summary>Reciprocal pairs as office indices (a &lt; b), sorted; streamed, so a count holds no subject lists.</summary>
    internal static IEnumerable<(int A, int B)> ReciprocalIndexPairs(NetworkSnapshot s)
    {
        var n = s.OfficeCount;
        var helped = new int[n];
        var taken = new int[n];
        Array.Fill(helped, -1);
        Array.Fill(taken, -1);
        var partners = new List<int>();
        for (var a = 0; a < n; a++)
        {
            for (var k = s.OfficeOfferStart[a]; k < s.OfficeOfferStart[a + 1]; k++)
            {
                var subject = s.OfficeOfferSubject[k];
                for (var r = s.RequestStart(subject); r < s.RequestEnd(subject); r++)
                {
                    helped[s.RequestOffice[r]] = a;
                }
            }

            partners.Clear();
            for (var k = s.OfficeRequestStart[a]; k < s.OfficeRequestStart[a + 1]; k++)
            {
                var subject = s.OfficeRequestSubject[k];
                for (var o = s.OfferStart(subject); o < s.OfferEnd(subject); o++)
                {
                    var b = s.OfferOffice[o];
                    if (b > a && helped[b] == a && taken[b] != a)
                    {
                        taken[b] = a;
                        partners.Add(b);
                    }
                }
            }

            partners.Sort();
            foreach (var b in partners)
            {
                yield return (a, b);
            }
        }
    }

    /// <summary>The support edge a → b: subjects a offers and b requests (both lists sorted, merged).</summary>
    private static SupportEdge Edge(NetworkSnapshot s, int a, int b)
    {
        var subjects = new List<string>();
        int i = s.OfficeOfferStart[a], j = s.OfficeRequestStart[b];
        while (i < s.OfficeOfferStart[a + 1] && j < s.OfficeRequestStart[b + 1])
        {
            var (offered, requested) = (s.OfficeOfferSubject[i], s.OfficeRequestSubject[j]);
            if (offered == requested)
            {
                subjects.Add(s.SubjectIds[offered]);
            }

            i += offered <= requested ? 1 : 0;
            j += requested <= offered ? 1 : 0;
        }

        return new SupportEdge(s.OfficeCodes[a], s.OfficeCodes[b], subjects.Count, subjects);
    }

    private static void Add(List<string>?[] lists, int partner, int office, string subject)
    {
        if (partner != office)
        {
            (lists[partner] ??= []).Add(subject);
        }
    }
}
