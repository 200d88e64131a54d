using CoopGraph.Domain;
using CoopGraph.Storage.Neo4j;

namespace CoopGraph.Storage.Tests.Neo4j;

public sealed class SupportEdgeTests
{
    [Fact]
    public void Compute_SmallDataset_LinksOffererToRequesterPerSubject()
    {
        var dataset = TestData.Small() with
        {
            Offers =
            [
                new Offer("BRA", "green-patents", null, "p#1", Confidence.High, null),
                new Offer("BRA", "gender", null, "p#2", Confidence.High, null),
                new Offer("ARG", "green-patents", null, "p#3", Confidence.High, null),
            ],
        };

        var edges = SupportEdge.Compute(dataset);

        // ARG requests green-patents and offers it too: no self edge. BRA helps ARG (green) and MEX (gender).
        edges.Select(e => (e.From, e.To, e.Weight, string.Join(",", e.Subjects))).ShouldBe([
            ("BRA", "ARG", 1, "green-patents"),
            ("BRA", "MEX", 1, "gender"),
        ]);
    }

    [Fact]
    public void Compute_Lima_WeightsEqualCountsOfSharedSubjects()
    {
        var lima = TestData.Lima;

        var edges = SupportEdge.Compute(lima);

        // Recount by brute force over every ordered pair of offices.
        var expected = (from a in lima.Offices
                        from b in lima.Offices
                        where a.Code != b.Code
                        let shared = lima.Offers.Where(o => o.Office == a.Code)
                            .Count(o => lima.Requests.Any(r => r.Office == b.Code && r.Subject == o.Subject))
                        where shared > 0
                        select (a.Code, b.Code, shared)).ToList();
        edges.Select(e => (e.From, e.To, e.Weight)).OrderBy(e => e).ShouldBe(expected.OrderBy(e => e));
        edges.ShouldAllBe(e => e.Subjects.Distinct().Count() == e.Weight);
    }
}
