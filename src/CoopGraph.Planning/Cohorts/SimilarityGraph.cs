using CoopGraph.Domain;

namespace CoopGraph.Planning.Cohorts;

/// <summary>
/// Offices with similar needs: one node per office with a non-cross-cutting request (code order), an edge weighted by
/// the Jaccard similarity |A ∩ B| / |A ∪ B| of two offices' requested subjects when they share one. Dense (offices are
/// few): <see cref="Weight"/>[i, j] is symmetric with a zero diagonal.
/// </summary>
internal sealed class SimilarityGraph
{
    private SimilarityGraph(string[] offices, HashSet<string>[] requested, double[,] weight)
    {
        Offices = offices;
        Requested = requested;
        Weight = weight;
    }

    public string[] Offices { get; }

    public HashSet<string>[] Requested { get; }

    public double[,] Weight { get; }

    public int Count => Offices.Length;

    public static SimilarityGraph Build(Dataset dataset)
    {
        var cross = dataset.Subjects.Where(s => s.CrossCutting).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var byOffice = dataset.Requests
            .Where(r => !cross.Contains(r.Subject))
            .GroupBy(r => r.Office, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToArray();
        var offices = byOffice.Select(g => g.Key).ToArray();
        var requested = byOffice.Select(g => g.Select(r => r.Subject).ToHashSet(StringComparer.Ordinal)).ToArray();
        var weight = new double[offices.Length, offices.Length];
        for (var a = 0; a < offices.Length; a++)
        {
            for (var b = a + 1; b < offices.Length; b++)
            {
                var common = requested[a].Count(requested[b].Contains);
                if (common > 0)
                {
                    weight[a, b] = weight[b, a] = common / (double)(requested[a].Count + requested[b].Count - common);
                }
            }
        }

        return new SimilarityGraph(offices, requested, weight);
    }
}
