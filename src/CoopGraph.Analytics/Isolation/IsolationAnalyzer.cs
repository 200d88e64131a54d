namespace CoopGraph.Analytics.Isolation;

/// <summary>Supporters, flags, components, cut structure and the isolation score of every office.</summary>
internal static class IsolationAnalyzer
{
    public static IsolationResult Compute(NetworkSnapshot s, Centrality.Degrees degrees, Needs.UnmetNeedsResult needs)
    {
        var n = s.OfficeCount;
        var number = WeakComponents.Compute(s);
        var members = new List<List<string>>();
        for (var v = 0; v < n; v++)
        {
            if (number[v] == members.Count)
            {
                members.Add([]);
            }

            members[number[v]].Add(s.OfficeCodes[v]);
        }

        var partners = CollaborationCuts.Partners(s);
        var (articulation, bridges) = CollaborationCuts.CutStructure(s);
        var offices = new OfficeIsolation[n];
        for (var v = 0; v < n; v++)
        {
            var supporters = new OfficeNeighbours(s, v, supporters: true, degrees.In[v]);
            var supported = new OfficeNeighbours(s, v, supporters: false, degrees.Out[v]);
            var unmet = needs.Offices[v].UnmetRequests.Count;
            var flags = new List<IsolationSign>();
            if (unmet > 0)
            {
                flags.Add(IsolationSign.NoSupport);
            }

            if (partners[v] == 0)
            {
                flags.Add(IsolationSign.NoPartners);
            }

            if (supporters.Count == 1)
            {
                flags.Add(IsolationSign.SingleSupporter);
            }

            var size = members[number[v]].Count;
            offices[v] = new OfficeIsolation(
                s.OfficeCodes[v], supporters, supported, flags, number[v], size, articulation[v],
                Score(OwnRequests(s, v), unmet, partners[v], size, n));
        }

        var evidence = s.EvidenceOf(
            "weakly connected components (union-find on the bipartite graph); articulation points and bridges (Hopcroft-Tarjan) on the collaboration graph",
            s.DeferredSupportEdges,
            ("score", "(unmetShare + 1/(1+partners) + (1 - (componentSize-1)/(n-1))) / 3"));
        return new IsolationResult(
            offices, members, [.. Enumerable.Range(0, n).Where(v => articulation[v]).Select(v => s.OfficeCodes[v])],
            [.. bridges.Select(b => new CollaborationBridge(s.OfficeCodes[b.A], s.OfficeCodes[b.B]))], evidence);
    }

    /// <summary>
    /// Mean of three shares in [0, 1], 1 meaning cut off: the share of the office's (non-cross-cutting) requests nobody
    /// else offers, 1/(1 + collaboration partners), and how little of the network its component holds.
    /// </summary>
    internal static double Score(int requests, int unmet, int partners, int componentSize, int offices)
    {
        var unmetShare = requests == 0 ? 0.0 : unmet / (double)requests;
        var partnerTerm = 1.0 / (1 + partners);
        var remoteness = offices <= 1 ? 1.0 : 1.0 - ((componentSize - 1) / (double)(offices - 1));
        return (unmetShare + partnerTerm + remoteness) / 3;
    }

    private static int OwnRequests(NetworkSnapshot s, int office)
    {
        var count = 0;
        for (var i = s.OfficeRequestStart[office]; i < s.OfficeRequestStart[office + 1]; i++)
        {
            count += s.SetApart[s.OfficeRequestSubject[i]] ? 0 : 1;
        }

        return count;
    }
}
