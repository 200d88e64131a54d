using CoopGraph.Domain;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Storage.Tests;

/// <summary>Datasets for the store tests: the committed Lima file, a small hand-written one, and large generated ones.</summary>
internal static class TestData
{
    private static readonly Lazy<Dataset> LimaDataset = new(() =>
        DatasetJson.Load(RepoPaths.Lima).Dataset ?? throw new InvalidOperationException("data/lima-2022.json is invalid"));

    public static Dataset Lima => LimaDataset.Value;

    /// <summary>Three offices, two areas, three subjects; text with quotes, accents and a newline to catch escaping bugs.</summary>
    public static Dataset Small() => new(
        Dataset.CurrentFormatVersion,
        "sample",
        "hand-written test data with 'quotes', \"double quotes\", a back\\slash and\na newline",
        [
            new Office("ARG", "Argentina", ["ARGENTINA"], "INPI", true),
            new Office("BRA", "Brazil", ["BRASIL", "BRAZIL"], null, true),
            new Office("MEX", "México", [], "IMPI", false),
        ],
        [new Area("policy", "Public policies"), new Area("promotion", "Promotion")],
        [
            new Subject("green-patents", "policy", "Green patents", "Fast-track green patents", false),
            new Subject("gender", "promotion", "IP and gender", null, false),
            new Subject("all-together", "policy", "All together", "Everyone", true),
        ],
        [
            new Request("ARG", "green-patents", "policy#1", Confidence.High, null),
            new Request("MEX", "gender", "promotion#1", Confidence.Medium, "narrative, \"quoted\", names it"),
            new Request("ARG", "all-together", "policy#2", Confidence.High, null),
        ],
        [new Offer("BRA", "green-patents", "Shares its fast-track programme", "policy#1", Confidence.High, null)],
        [new Network("tisc", "TISC network", "Technology and innovation support centres", ["ARG", "BRA"])]);

    /// <summary>A generated dataset: <paramref name="offices"/> offices, each requesting and offering subjects in a pattern that depends on <paramref name="salt"/>.</summary>
    public static Dataset Large(string name, int offices, int subjects, int requestsPerOffice, int offersPerOffice, int salt)
    {
        var areas = Enumerable.Range(0, 5).Select(a => new Area($"area-{a}", $"Area {a}")).ToList();
        var subjectList = Enumerable.Range(0, subjects)
            .Select(s => new Subject($"subject-{s:D4}", areas[s % areas.Count].Id, $"Subject {s} ({name})", $"Request text {s}", false)).ToList();
        var officeList = Enumerable.Range(0, offices)
            .Select(o => new Office($"K{o:D5}", $"Office {o} of {name}", [$"ALIAS {o}"], o % 3 == 0 ? null : $"Institute {o}", o % 2 == 0)).ToList();
        var requests = new List<Request>();
        var offers = new List<Offer>();
        for (var o = 0; o < offices; o++)
        {
            for (var k = 0; k < requestsPerOffice; k++)
            {
                requests.Add(new Request(officeList[o].Code, subjectList[((o * 7) + (k * 3) + salt) % subjects].Id, $"gen#{k}", (Confidence)(k % 3), k % 5 == 0 ? "generated" : null));
            }

            for (var k = 0; k < offersPerOffice; k++)
            {
                offers.Add(new Offer(officeList[o].Code, subjectList[((o * 11) + (k * 3) + 1 + salt) % subjects].Id, "wording", $"gen#{k}", Confidence.High, null));
            }
        }

        var networks = new List<Network> { new("gen-network", "Generated network", null, [.. officeList.Take(10).Select(o => o.Code)]) };
        return new Dataset(Dataset.CurrentFormatVersion, name, $"generated (salt {salt})", officeList, areas, subjectList,
            [.. requests.DistinctBy(r => (r.Office, r.Subject))], [.. offers.DistinctBy(r => (r.Office, r.Subject))], networks);
    }
}
