using CoopGraph.Analytics.Graph;
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
    /// Every pair a &lt; b with support both ways, sorted. Each pair's subject lists are read off the bipartite graph
    /// when enumerated and the evidence edges are built only when read, so 8.6M pairs at L hold no subject ids.
    /// </summary>
    public static ReciprocalPairsResult ReciprocalPairs(NetworkSnapshot s)
    {
        var pairs = new List<ReciprocalPair>();
        foreach (var p in ReciprocalIndexPairs(s))
        {
            pairs.Add(Pair(s, p));
        }

        var edges = new DeferredList<SupportEdge>(() => [.. pairs.SelectMany(p => new[] { Edge(p.A, p.B, p.AHelpsB), Edge(p.B, p.A, p.BHelpsA) })]);
        return new ReciprocalPairsResult(pairs, s.EvidenceOf(Algorithm, edges));
    }

    /// <summary>What the reciprocal-pair evidence says it computed.</summary>
    internal const string Algorithm = "support edges present in both directions";

    /// <summary>
    /// How many reciprocal pairs there are (exact) and the <paramref name="limit"/> strongest: ranked by the weaker
    /// direction's subject count, then both directions' total, then codes. When every pair fits, all of them in (A, B)
    /// order, as <see cref="ReciprocalPairs"/> lists them. One pass over the bipartite graph and a heap of
    /// <paramref name="limit"/> entries.
    /// </summary>
    public static (long Count, List<ReciprocalPair> Listed) StrongestReciprocalPairs(NetworkSnapshot s, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var worstFirst = Comparer<(int Min, int Sum, int A, int B)>.Create((x, y) =>
            x.Min != y.Min ? x.Min.CompareTo(y.Min) : x.Sum != y.Sum ? x.Sum.CompareTo(y.Sum) : x.A != y.A ? y.A.CompareTo(x.A) : y.B.CompareTo(x.B));
        var kept = new PriorityQueue<(int A, int B, int AB, int BA), (int, int, int, int)>(worstFirst);
        var count = 0L;
        foreach (var p in ReciprocalIndexPairs(s))
        {
            count++;
            if (limit == 0)
            {
                continue;
            }

            var rank = (Math.Min(p.AB, p.BA), p.AB + p.BA, p.A, p.B);
            if (kept.Count < limit)
            {
                kept.Enqueue(p, rank);
            }
            else if (worstFirst.Compare(rank, PeekRank(kept)) > 0)
            {
                kept.EnqueueDequeue(p, rank);
            }
        }

        var listed = new List<(int A, int B, int AB, int BA)>(kept.Count);
        while (kept.TryDequeue(out var p, out _))
        {
            listed.Add(p);
        }

        if (count <= limit)
        {
            listed.Sort((x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        }
        else
        {
            listed.Reverse();
        }

        return (count, [.. listed.Select(p => Pair(s, p))]);
    }

    /// <summary>
    /// Reciprocal pairs as office indices (a &lt; b), sorted, with the subject count each way; streamed, so a count
    /// holds no subject lists: stamp a's out-neighbours (requesters of what a offers) counting subjects, then keep
    /// those of a's in-neighbours (offerers of what a requests) that carry the stamp, counting the other way.
    /// </summary>
    internal static IEnumerable<(int A, int B, int AB, int BA)> ReciprocalIndexPairs(NetworkSnapshot s)
    {
        var n = s.OfficeCount;
        var helped = new int[n];
        var taken = new int[n];
        var forward = new int[n];
        var backward = new int[n];
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
                    var b = s.RequestOffice[r];
                    if (helped[b] != a)
                    {
                        (helped[b], forward[b]) = (a, 0);
                    }

                    forward[b]++;
                }
            }

            partners.Clear();
            for (var k = s.OfficeRequestStart[a]; k < s.OfficeRequestStart[a + 1]; k++)
            {
                var subject = s.OfficeRequestSubject[k];
                for (var o = s.OfferStart(subject); o < s.OfferEnd(subject); o++)
                {
                    var b = s.OfferOffice[o];
                    if (b > a && helped[b] == a)
                    {
                        if (taken[b] != a)
                        {
                            (taken[b], backward[b]) = (a, 0);
                            partners.Add(b);
                        }

                        backward[b]++;
                    }
                }
            }

            partners.Sort();
            foreach (var b in partners)
            {
                yield return (a, b, forward[b], backward[b]);
            }
        }
    }

    private static (int, int, int, int) PeekRank(PriorityQueue<(int A, int B, int AB, int BA), (int, int, int, int)> queue) =>
        queue.TryPeek(out _, out var rank) ? rank : default;

    private static ReciprocalPair Pair(NetworkSnapshot s, (int A, int B, int AB, int BA) p) =>
        new(s.OfficeCodes[p.A], s.OfficeCodes[p.B], new EdgeSubjects(s, p.A, p.B, p.AB), new EdgeSubjects(s, p.B, p.A, p.BA));

    private static SupportEdge Edge(string from, string to, IReadOnlyList<string> subjects) => new(from, to, subjects.Count, [.. subjects]);

    private static void Add(List<string>?[] lists, int partner, int office, string subject)
    {
        if (partner != office)
        {
            (lists[partner] ??= []).Add(subject);
        }
    }
}
