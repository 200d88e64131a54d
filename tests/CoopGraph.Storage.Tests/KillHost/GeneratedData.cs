using CoopGraph.Domain;

namespace CoopGraph.Storage.Tests;

/// <summary>Large generated datasets, shared by the tests and the kill-test host (so both build the very same data).</summary>
internal static class GeneratedData
{
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
