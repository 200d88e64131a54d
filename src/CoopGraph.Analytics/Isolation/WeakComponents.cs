namespace CoopGraph.Analytics.Isolation;

/// <summary>
/// Weakly connected components of the support graph, by union–find on the bipartite graph: a subject joins all its
/// requesters and offerers exactly when it makes at least one support edge (an offerer and a requester that are not
/// the same office); then every member touches an edge to another member. O(requests + offers), no projection.
/// </summary>
internal static class WeakComponents
{
    /// <summary>Component number of every office, components numbered by their first office in code order.</summary>
    public static int[] Compute(NetworkSnapshot s)
    {
        var n = s.OfficeCount;
        var parent = new int[n];
        for (var v = 0; v < n; v++)
        {
            parent[v] = v;
        }

        for (var subject = 0; subject < s.SubjectCount; subject++)
        {
            var (offers, requests) = (s.OfferEnd(subject) - s.OfferStart(subject), s.RequestEnd(subject) - s.RequestStart(subject));
            if (offers == 0 || requests == 0 || (offers == 1 && requests == 1 && s.OfferOffice[s.OfferStart(subject)] == s.RequestOffice[s.RequestStart(subject)]))
            {
                continue;
            }

            var root = Find(parent, s.OfferOffice[s.OfferStart(subject)]);
            for (var k = s.OfferStart(subject); k < s.OfferEnd(subject); k++)
            {
                root = Union(parent, root, s.OfferOffice[k]);
            }

            for (var k = s.RequestStart(subject); k < s.RequestEnd(subject); k++)
            {
                root = Union(parent, root, s.RequestOffice[k]);
            }
        }

        var number = new int[n];
        var byRoot = new int[n];
        Array.Fill(byRoot, -1);
        var count = 0;
        for (var v = 0; v < n; v++)
        {
            var root = Find(parent, v);
            number[v] = byRoot[root] >= 0 ? byRoot[root] : byRoot[root] = count++;
        }

        return number;
    }

    private static int Find(int[] parent, int v)
    {
        while (parent[v] != v)
        {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }

        return v;
    }

    private static int Union(int[] parent, int root, int v)
    {
        var other = Find(parent, v);
        if (other != root)
        {
            parent[other] = root;
        }

        return root;
    }
}
