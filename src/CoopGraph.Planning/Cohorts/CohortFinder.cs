using CoopGraph.Analytics;

namespace CoopGraph.Planning.Cohorts;

/// <summary>A subject requested inside a cohort.</summary>
/// <param name="Subject">Subject id.</param>
/// <param name="Requesters">Cohort members that request it.</param>
public sealed record CohortSubject(string Subject, int Requesters);

/// <summary>An office that could serve a cohort's requests in one workshop.</summary>
/// <param name="Office">Offering office (in the cohort or not).</param>
/// <param name="Requests">Requests of cohort members (other than itself) it offers to meet.</param>
public sealed record CohortProvider(string Office, int Requests);

/// <summary>One group of offices with similar needs.</summary>
/// <param name="Id">Cohort number, from 1, by size then first office.</param>
/// <param name="Offices">Members, sorted.</param>
/// <param name="Subjects">Subjects its members request, most requested first (at most five).</param>
/// <param name="Providers">Offices offering the most of the members' requests, best first (at most three).</param>
/// <param name="Cohesion">Mean Jaccard similarity over pairs of members (1 for a single office).</param>
public sealed record Cohort(int Id, IReadOnlyList<string> Offices, IReadOnlyList<CohortSubject> Subjects, IReadOnlyList<CohortProvider> Providers, double Cohesion);

/// <summary>The cohorts of a network.</summary>
/// <param name="DatasetVersion">Dataset version.</param>
/// <param name="Resolution">Louvain resolution γ: higher gives more, smaller cohorts.</param>
/// <param name="Modularity">NetworkX-defined weighted modularity of the partition at γ.</param>
/// <param name="Cohorts">The cohorts.</param>
/// <param name="WithoutRequests">Offices with no non-cross-cutting request (in no cohort).</param>
/// <param name="Edges">Pairs of offices with a shared request (the similarity graph's edges).</param>
public sealed record CohortsResult(string DatasetVersion, double Resolution, double Modularity, IReadOnlyList<Cohort> Cohorts, IReadOnlyList<string> WithoutRequests, int Edges);

/// <summary>Groups offices with similar needs: Jaccard similarity of requested subjects + Louvain (docs/planning.md).</summary>
public static class CohortFinder
{
    /// <summary>Seeded Louvain orders tried; the best partition is kept.</summary>
    public const int Runs = 32;

    /// <summary>Cohorts at <paramref name="resolution"/> (γ &gt; 0, at most 100).</summary>
    public static CohortsResult Find(NetworkAnalysis analysis, double resolution = 1.0, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (!(resolution > 0 && resolution <= 100))
        {
            throw new PlanningInputException("resolution", PlanningInputError.Invalid, $"must be more than 0 and at most 100 (got {resolution})");
        }

        var dataset = analysis.Snapshot.Dataset;
        var graph = SimilarityGraph.Build(dataset);
        var labels = Louvain.Detect(graph.Weight, resolution, seed, Runs);
        var modularity = Louvain.Modularity(graph.Weight, labels, resolution);
        var offers = dataset.Offers.GroupBy(o => o.Office, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(o => o.Subject).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var groups = Enumerable.Range(0, graph.Count).GroupBy(i => labels[i])
            .Select(g => g.ToArray())
            .OrderByDescending(g => g.Length)
            .ThenBy(g => graph.Offices[g[0]], StringComparer.Ordinal)
            .ToList();
        var cohorts = groups.Select((members, k) =>
        {
            var subjects = members.SelectMany(i => graph.Requested[i]).GroupBy(s => s, StringComparer.Ordinal)
                .Select(g => new CohortSubject(g.Key, g.Count()))
                .OrderByDescending(s => s.Requesters).ThenBy(s => s.Subject, StringComparer.Ordinal).Take(5).ToList();
            var providers = offers
                .Select(o => new CohortProvider(o.Key, members.Where(i => graph.Offices[i] != o.Key).Sum(i => graph.Requested[i].Count(o.Value.Contains))))
                .Where(p => p.Requests > 0)
                .OrderByDescending(p => p.Requests).ThenBy(p => p.Office, StringComparer.Ordinal).Take(3).ToList();
            var pairs = 0;
            var sum = 0.0;
            foreach (var a in members)
            {
                foreach (var b in members.Where(b => b > a))
                {
                    pairs++;
                    sum += graph.Weight[a, b];
                }
            }

            return new Cohort(k + 1, [.. members.Select(i => graph.Offices[i])], subjects, providers, pairs == 0 ? 1 : sum / pairs);
        }).ToList();
        var members = graph.Offices.ToHashSet(StringComparer.Ordinal);
        var edges = 0;
        for (var a = 0; a < graph.Count; a++)
        {
            for (var b = a + 1; b < graph.Count; b++)
            {
                edges += graph.Weight[a, b] > 0 ? 1 : 0;
            }
        }

        return new CohortsResult(
            analysis.Snapshot.Version,
            resolution,
            modularity,
            cohorts,
            [.. dataset.Offices.Select(o => o.Code).Where(c => !members.Contains(c)).Order(StringComparer.Ordinal)],
            edges);
    }
}
