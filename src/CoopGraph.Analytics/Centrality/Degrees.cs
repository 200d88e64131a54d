using CoopGraph.Analytics.Graph;

namespace CoopGraph.Analytics.Centrality;

/// <summary>Degrees and strengths on the support graph, counted on the bipartite graph (no projection).</summary>
internal sealed record Degrees(int[] In, int[] Out, long[] InStrength, long[] OutStrength)
{
    /// <summary>
    /// Out-degree of a: distinct requesters (≠ a) of the subjects a offers, found with a stamp per office, so the cost
    /// is the number of (offerer, requester, subject) triples and the memory two arrays of offices.
    /// </summary>
    public static Degrees Compute(NetworkSnapshot s)
    {
        var n = s.OfficeCount;
        var links = new SubjectLinks(s);
        var inDegree = new int[n];
        var outDegree = new int[n];
        var stamp = new int[n];
        Array.Fill(stamp, -1);
        for (var a = 0; a < n; a++)
        {
            stamp[a] = a;
            for (var k = s.OfficeOfferStart[a]; k < s.OfficeOfferStart[a + 1]; k++)
            {
                var subject = s.OfficeOfferSubject[k];
                for (var r = s.RequestStart(subject); r < s.RequestEnd(subject); r++)
                {
                    var b = s.RequestOffice[r];
                    if (stamp[b] != a)
                    {
                        stamp[b] = a;
                        outDegree[a]++;
                        inDegree[b]++;
                    }
                }
            }
        }

        return new Degrees(inDegree, outDegree, links.InStrength, links.OutStrength);
    }
}
