using CoopGraph.Analytics;
using CoopGraph.Domain;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Planning.Tests;

internal static class PlanningData
{
    private static readonly Lazy<NetworkAnalysis> LimaAnalysis = new(() =>
        NetworkAnalysis.Of(DatasetJson.Load(RepoPaths.Lima).Dataset.ShouldNotBeNull()));

    public static NetworkAnalysis Lima => LimaAnalysis.Value;

    /// <summary>A seeded random network: each office requests and offers a few of the subjects.</summary>
    public static Dataset Random(int offices, int subjects, int seed, int requestsEach = 3, int offersEach = 2)
    {
        var random = new Random(seed);
        var codes = Enumerable.Range(0, offices).Select(i => $"O{i:D3}").ToArray();
        var subjectIds = Enumerable.Range(0, subjects).Select(i => $"s{i:D2}").ToArray();
        var requests = new List<Request>();
        var offers = new List<Offer>();
        foreach (var code in codes)
        {
            foreach (var s in subjectIds.OrderBy(_ => random.Next()).Take(requestsEach))
            {
                requests.Add(new Request(code, s, "generated", Confidence.High, null));
            }

            foreach (var s in subjectIds.OrderBy(_ => random.Next()).Take(offersEach))
            {
                offers.Add(new Offer(code, s, $"{code} shares its practice on {s}.", "generated", Confidence.High, null));
            }
        }

        return new Dataset(
            Dataset.CurrentFormatVersion,
            $"random-{offices}-{seed}",
            null,
            [.. codes.Select(c => new Office(c, "Office " + c, [], null, true))],
            [new Area("area", "Area")],
            [.. subjectIds.Select(s => new Subject(s, "area", "Subject " + s, "Request " + s, false))],
            requests,
            offers,
            []);
    }
}
