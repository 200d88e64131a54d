using System.Globalization;

namespace CoopGraph.Domain.Generation;

/// <summary>The size and seed of a generated network.</summary>
/// <param name="Offices">Number of offices (codes <c>G000</c>, <c>G001</c>, ...).</param>
/// <param name="Subjects">Number of subjects (ids <c>g-00</c>, <c>g-01</c>, ..., over five areas).</param>
/// <param name="Edges">Requests plus offers (half each, requests take the odd one).</param>
/// <param name="Seed">Seed of the random draws: equal options, equal dataset.</param>
public sealed record GeneratorOptions(int Offices, int Subjects, int Edges, int Seed)
{
    /// <summary>The first size out of range (field name in lower case, as the CLI option) and why; null when all fit.</summary>
    public (string Field, string Message)? Problem()
    {
        var pairs = (long)Offices * Subjects;
        return Offices is < 1 or > 1_000_000 ? ("offices", "must be between 1 and 1,000,000")
            : Subjects is < 1 or > 10_000_000 ? ("subjects", "must be between 1 and 10,000,000")
            : Edges < 0 || Edges > pairs / 2 ? ("edges", string.Create(CultureInfo.InvariantCulture,
                $"must be between 0 and half of offices × subjects ({pairs / 2:N0}), so the skewed draws stay distinct"))
            : null;
    }
}

/// <summary>
/// Seeded synthetic networks for trying CoopGraph at scale (<c>coopgraph generate</c>, bench/). Same vocabulary as the
/// benchmark network bench/data/generated-200.json: offices <c>G000</c>…, subjects <c>g-00</c>… cycling over the areas
/// alpha…epsilon, sources <c>generated#i</c>, requests of high and offers of medium confidence.
/// The draws are skewed as real cooperation is: subject popularity and office activity follow power laws (a few large
/// offices make most offers, requests are spread wider), and no office both requests and offers one subject.
/// </summary>
public static class DatasetGenerator
{
    private static readonly string[] AreaIds = ["alpha", "beta", "gamma", "delta", "epsilon"];

    // Power-law exponents of the draws: weight of the r-th most active office or most popular subject is 1/r^exponent.
    private const double OfferSkew = 0.9;
    private const double RequestSkew = 0.4;
    private const double SubjectSkew = 0.8;

    /// <summary>Generates the network <paramref name="options"/> describe.</summary>
    /// <exception cref="ArgumentException">A size is out of range (<see cref="GeneratorOptions.Problem"/>).</exception>
    public static Dataset Generate(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problem() is { } problem)
        {
            throw new ArgumentException($"{problem.Field}: {problem.Message}", nameof(options));
        }

        var (n, s, e) = (options.Offices, options.Subjects, options.Edges);
        var rng = new Random(options.Seed);
        var officeRank = Permutation(rng, n);
        var subjectRank = Permutation(rng, s);
        var offerers = new PowerLaw(officeRank, OfferSkew);
        var requesters = new PowerLaw(officeRank, RequestSkew);
        var popular = new PowerLaw(subjectRank, SubjectSkew);

        var taken = new HashSet<long>(e);
        var requestCount = e - e / 2;
        var requests = new List<(int Office, int Subject)>(requestCount);
        var offers = new List<(int Office, int Subject)>(e / 2);
        for (var k = 0; k < e; k++)
        {
            var isRequest = k < requestCount;
            var (office, subject) = Draw(rng, isRequest ? requesters : offerers, popular, taken, n, s);
            (isRequest ? requests : offers).Add((office, subject));
        }

        requests.Sort();
        offers.Sort();
        var width = Math.Max(3, Digits(n - 1));
        var subjectWidth = Math.Max(2, Digits(s - 1));
        var codes = Enumerable.Range(0, n).Select(i => "G" + i.ToString("D" + width, CultureInfo.InvariantCulture)).ToArray();
        var ids = Enumerable.Range(0, s).Select(i => "g-" + i.ToString("D" + subjectWidth, CultureInfo.InvariantCulture)).ToArray();
        return new Dataset(
            Dataset.CurrentFormatVersion,
            $"generated-{n}-{s}-{e}-{options.Seed}",
            $"coopgraph generate --offices {n} --subjects {s} --edges {e} --seed {options.Seed}",
            [.. codes.Select(c => new Office(c, "Office " + c, [], null, true))],
            [.. AreaIds.Select(a => new Area(a, CultureInfo.InvariantCulture.TextInfo.ToTitleCase(a)))],
            [.. ids.Select((id, i) => new Subject(id, AreaIds[i % AreaIds.Length], "Subject " + id, null, false))],
            [.. requests.Select((r, i) => new Request(codes[r.Office], ids[r.Subject], "generated#" + i.ToString(CultureInfo.InvariantCulture), Confidence.High, null))],
            [.. offers.Select((o, i) => new Offer(codes[o.Office], ids[o.Subject], null, "generated#" + i.ToString(CultureInfo.InvariantCulture), Confidence.Medium, null))],
            []);
    }

    // A skewed draw that is new; where the popular pairs are used up, a uniform one (at most half of all pairs are taken).
    private static (int Office, int Subject) Draw(Random rng, PowerLaw offices, PowerLaw subjects, HashSet<long> taken, int n, int s)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (office, subject) = attempt < 32 ? (offices.Next(rng), subjects.Next(rng)) : (rng.Next(n), rng.Next(s));
            if (taken.Add(((long)office * s) + subject))
            {
                return (office, subject);
            }
        }
    }

    private static int[] Permutation(Random rng, int count)
    {
        var items = Enumerable.Range(0, count).ToArray();
        rng.Shuffle(items);
        return items;
    }

    private static int Digits(int value) => value < 10 ? 1 : 1 + Digits(value / 10);

    /// <summary>Draws the item of rank r with probability proportional to 1/r^exponent (cumulative weights, binary search).</summary>
    private sealed class PowerLaw
    {
        private readonly int[] _byRank;
        private readonly double[] _cumulative;

        public PowerLaw(int[] byRank, double exponent)
        {
            _byRank = byRank;
            _cumulative = new double[byRank.Length];
            var total = 0.0;
            for (var r = 0; r < byRank.Length; r++)
            {
                total += 1.0 / Math.Pow(r + 1, exponent);
                _cumulative[r] = total;
            }
        }

        public int Next(Random rng)
        {
            var i = Array.BinarySearch(_cumulative, rng.NextDouble() * _cumulative[^1]);
            return _byRank[Math.Min(i < 0 ? ~i : i, _byRank.Length - 1)];
        }
    }
}
