using CoopGraph.Analytics.Paths;

namespace CoopGraph.Analytics.Tests.Paths;

/// <summary>
/// The single-pair search by hops (from both ends) against a plain breadth-first search on the projected support graph,
/// built here from the requests and offers, on sparse seeded random networks where paths are long or missing.
/// </summary>
public class PathSearchTests
{
    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void KShortest_SinglePairOnSparseRandomNetwork_ShortestValidPathOrNone(int seed)
    {
        var dataset = Sparse(seed, offices: 60, subjects: 99, links: 150 + (seed * 10));
        var s = NetworkSnapshot.Build(dataset);
        var rng = new Random(seed);
        foreach (var scope in new[] { "all", "most" })
        {
            var allowed = Enumerable.Range(0, s.SubjectCount).Select(_ => scope == "all" || rng.Next(5) != 0).ToArray();
            var adjacency = Projection(s, allowed);
            var search = new PathSearch(s, allowed, weighted: false);
            var lengths = new HashSet<int>();
            for (var from = 0; from < s.OfficeCount; from++)
            {
                var hops = Hops(adjacency, from);
                for (var to = 0; to < s.OfficeCount; to++)
                {
                    if (to == from)
                    {
                        continue;
                    }

                    var found = search.KShortest(from, to, 1);
                    var place = $"seed {seed} {scope} {s.OfficeCodes[from]}->{s.OfficeCodes[to]}";
                    if (hops[to] < 0)
                    {
                        found.ShouldBeEmpty(place);
                        continue;
                    }

                    var path = found.ShouldHaveSingleItem(place).Offices;
                    lengths.Add(hops[to]);
                    (path.Count - 1).ShouldBe(hops[to], place);
                    path[0].ShouldBe(from, place);
                    path[^1].ShouldBe(to, place);
                    path.Distinct().Count().ShouldBe(path.Count, place);
                    path.Zip(path.Skip(1)).ShouldAllBe(h => adjacency[h.First].Contains(h.Second), place);
                }
            }

            // The networks are sparse enough that the searches meet at several depths, not only next door.
            lengths.Max().ShouldBeGreaterThanOrEqualTo(3, $"seed {seed} {scope}: lengths {string.Join(",", lengths)}");
        }
    }

    /// <summary>Uniform draws (no popular subjects), so the support graph is sparse and its paths long.</summary>
    private static Domain.Dataset Sparse(int seed, int offices, int subjects, int links)
    {
        var rng = new Random(seed);
        var (requests, offers) = (new List<string>(), new List<string>());
        for (var i = 0; i < links; i++)
        {
            (rng.Next(2) == 0 ? requests : offers).Add($"O{rng.Next(offices):D2}:a{rng.Next(subjects):D2}");
        }

        var codes = string.Join(' ', Enumerable.Range(0, offices).Select(o => $"O{o:D2}"));
        return Networks.Make(codes, string.Join(' ', requests.Distinct()), string.Join(' ', offers.Distinct()));
    }

    /// <summary>A → B when A offers an allowed subject B requests (A ≠ B), straight from the records.</summary>
    private static HashSet<int>[] Projection(NetworkSnapshot s, bool[] allowed)
    {
        var adjacency = Enumerable.Range(0, s.OfficeCount).Select(_ => new HashSet<int>()).ToArray();
        foreach (var offer in s.Dataset.Offers)
        {
            foreach (var request in s.Dataset.Requests)
            {
                if (offer.Subject == request.Subject && offer.Office != request.Office && allowed[s.IndexOfSubject(offer.Subject)])
                {
                    adjacency[s.IndexOfOffice(offer.Office)].Add(s.IndexOfOffice(request.Office));
                }
            }
        }

        return adjacency;
    }

    private static int[] Hops(HashSet<int>[] adjacency, int from)
    {
        var hops = Enumerable.Repeat(-1, adjacency.Length).ToArray();
        hops[from] = 0;
        var queue = new Queue<int>([from]);
        while (queue.TryDequeue(out var a))
        {
            foreach (var b in adjacency[a].Where(b => hops[b] < 0))
            {
                hops[b] = hops[a] + 1;
                queue.Enqueue(b);
            }
        }

        return hops;
    }
}
