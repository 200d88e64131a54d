using CoopGraph.Domain;

namespace CoopGraph.Benchmarks;

/// <summary>
/// Seeded synthetic networks at the sizes of issue 10: M (200 offices, 2,000 subjects, 50k request/offer links) and
/// L (5,000 offices, 50,000 subjects, 1M links). Each link picks an office and a subject with a power-law skew (a few
/// offices are very active and a few subjects wanted and offered by many, as in the surveys) and request or offer with equal odds;
/// duplicates are drawn again, so there are exactly that many distinct links. The same seed always gives the same dataset, so igraph (bench/igraph_kernels.py) reads the
/// very network BenchmarkDotNet times (written by <c>dotnet run -- write M path.json</c>).
/// </summary>
internal static class ScaleNetwork
{
    /// <summary>Skew of subject popularity: subject index = S · u^Skew for u uniform in [0, 1).</summary>
    public const double Skew = 3.0;

    /// <summary>Skew of office activity, the same way: a few offices ask and offer a lot, most a little.</summary>
    public const double OfficeSkew = 3.0;

    public static Dataset M() => Generate("generated-m", 200, 2_000, 50_000, 10);

    public static Dataset L() => Generate("generated-l", 5_000, 50_000, 1_000_000, 11);

    public static Dataset Of(string size) => size switch
    {
        "M" => M(),
        "L" => L(),
        _ => throw new ArgumentException("size: M or L", nameof(size)),
    };

    /// <summary>Deterministic pairs (i·7919 mod n, (i·104729 + 13) mod n), distinct ends; bench/igraph_kernels.py uses the same.</summary>
    public static (string From, string To)[] Pairs(IReadOnlyList<string> codes, int count)
    {
        var n = codes.Count;
        return [.. Enumerable.Range(0, count * 2)
            .Select(i => ((long)i * 7919 % n, (((long)i * 104729) + 13) % n))
            .Where(p => p.Item1 != p.Item2)
            .Take(count)
            .Select(p => (codes[(int)p.Item1], codes[(int)p.Item2]))];
    }

    public static Dataset Generate(string name, int offices, int subjects, int links, int seed)
    {
        var rng = new Random(seed);
        var codes = Enumerable.Range(0, offices).Select(i => $"O{i:D5}").ToArray();
        var areas = new[] { "alpha", "beta", "gamma", "delta", "epsilon" };
        var ids = Enumerable.Range(0, subjects).Select(i => $"s-{i:D6}").ToArray();
        var seen = new HashSet<long>();
        var requests = new List<Request>();
        var offers = new List<Offer>();
        for (var i = 0; requests.Count + offers.Count < links; i++)
        {
            var office = Math.Min(offices - 1, (int)(offices * Math.Pow(rng.NextDouble(), OfficeSkew)));
            var subject = Math.Min(subjects - 1, (int)(subjects * Math.Pow(rng.NextDouble(), Skew)));
            var offer = rng.Next(2) == 1;
            if (!seen.Add((((long)office * subjects) + subject) * 2 + (offer ? 1 : 0)))
            {
                continue;
            }

            if (offer)
            {
                offers.Add(new Offer(codes[office], ids[subject], null, $"generated#{i}", Confidence.Medium, null));
            }
            else
            {
                requests.Add(new Request(codes[office], ids[subject], $"generated#{i}", Confidence.High, null));
            }
        }

        return new Dataset(
            1, name, $"bench/CoopGraph.Benchmarks ScaleNetwork (seed {seed})",
            [.. codes.Select(c => new Office(c, "Office " + c, [], null, true))],
            [.. areas.Select(a => new Area(a, a))],
            [.. ids.Select((s, i) => new Subject(s, areas[i % areas.Length], "Subject " + s, null, false))],
            requests, offers, []);
    }
}
