using CoopGraph.Analytics.Reporting;
using CoopGraph.Domain;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Analytics.Tests;

/// <summary>
/// Isolation, reciprocal pairs and the report's summaries are read off the bipartite graph: at L the office→office
/// projection (20.5M edges) and its edges as objects do not fit the 2 GiB budget. Same answers as the projection's.
/// </summary>
public class ProjectionFreeTests
{
    private static readonly Lazy<NetworkAnalysis> Lima = new(() =>
        NetworkAnalysis.Of(DatasetJson.Load(RepoPaths.Lima).Dataset.ShouldNotBeNull()));

    [Fact]
    public void Isolation_AnyNetwork_BuildsNeitherTheProjectionNorEdgeObjects()
    {
        var snapshot = NetworkSnapshot.Build(DatasetJson.Load(RepoPaths.Lima).Dataset.ShouldNotBeNull());

        var isolation = new NetworkAnalysis(snapshot).Isolation();
        _ = isolation.Offices.Sum(o => o.Supporters.ToList().Count + o.Supported.ToList().Count);

        snapshot.Support.IsValueCreated.ShouldBeFalse();
        snapshot.SupportEdgesBuilt.ShouldBeFalse();
    }

    [Fact]
    public void Report_SummaryEvidence_BuildsNoSupportEdgeObjects()
    {
        var snapshot = NetworkSnapshot.Build(DatasetJson.Load(RepoPaths.Lima).Dataset.ShouldNotBeNull());

        _ = ReportJson.Serialize(new NetworkAnalysis(snapshot).Report());

        snapshot.SupportEdgesBuilt.ShouldBeFalse();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Isolation_SeededRandomNetwork_MatchesTheProjection(int seed)
    {
        var analysis = NetworkAnalysis.Of(Random(seed, offices: 14, subjects: 12, links: 26));
        var edges = analysis.Snapshot.SupportEdges;
        var codes = analysis.Snapshot.OfficeCodes;
        var links = edges.Select(e => (A: string.CompareOrdinal(e.From, e.To) < 0 ? e.From : e.To, B: string.CompareOrdinal(e.From, e.To) < 0 ? e.To : e.From)).Distinct().ToList();

        var isolation = analysis.Isolation();

        foreach (var o in isolation.Offices)
        {
            o.Supporters.ShouldBe(edges.Where(e => e.To == o.Code).Select(e => e.From).Order(StringComparer.Ordinal));
            o.Supported.ShouldBe(edges.Where(e => e.From == o.Code).Select(e => e.To).Order(StringComparer.Ordinal));
            o.Supporters.Count.ShouldBe(o.Supporters.ToList().Count);
        }

        var components = Components(codes, links);
        isolation.ArticulationPoints.ShouldBe(codes.Where(v => Components(codes.Where(c => c != v).ToList(), links.Where(l => l.A != v && l.B != v).ToList()) > components));
        isolation.Bridges.Select(b => (b.A, b.B)).ShouldBe(links.Where(l => Components(codes, links.Where(x => x != l).ToList()) > components).Order());
    }

    [Fact]
    public void Report_MorePairsThanTheLimit_CountsEveryPairAndListsTheStrongest()
    {
        var analysis = NetworkAnalysis.Of(Random(7, offices: 12, subjects: 8, links: 60));
        var all = analysis.ReciprocalPairs().Pairs;
        all.Count.ShouldBeGreaterThan(5);

        var report = analysis.Report(new ReportOptions(ReciprocalPairLimit: 5));

        report.ReciprocalPairsCut.ShouldNotBeNull().Count.ShouldBe(all.Count);
        report.ReciprocalPairsCut.Listed.ShouldBe(5);
        var strongest = all
            .OrderByDescending(p => Math.Min(p.AHelpsB.Count, p.BHelpsA.Count)).ThenByDescending(p => p.AHelpsB.Count + p.BHelpsA.Count)
            .ThenBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal).Take(5).ToList();
        report.ReciprocalPairs.Select(p => (p.A, p.B, string.Join(",", p.AHelpsB), string.Join(",", p.BHelpsA)))
            .ShouldBe(strongest.Select(p => (p.A, p.B, string.Join(",", p.AHelpsB), string.Join(",", p.BHelpsA))));
    }

    [Fact]
    public void Report_MoreSupportersThanTheSummaryLimit_ListsTheFirstInCodeOrderAndCountsEvery()
    {
        // O000 requests s0; the 129 others offer it: 129 supporters, more than a summary lists.
        var codes = Enumerable.Range(0, 130).Select(i => $"O{i:000}").ToList();
        var analysis = NetworkAnalysis.Of(Networks.Make(string.Join(" ", codes), "O000:s0", string.Join(" ", codes.Skip(1).Select(c => c + ":s0"))));

        var summary = analysis.Report().Offices.Single(o => o.Code == "O000");
        var full = analysis.Report(new ReportOptions(Evidence: EvidenceDetail.Full)).Offices.Single(o => o.Code == "O000");

        summary.Isolation.Supporters.ShouldBe(codes.Skip(1).Take(ReportOptions.SummaryNeighbourLimit));
        summary.SupportersCut.ShouldNotBeNull().Count.ShouldBe(129);
        summary.SupportersCut.Listed.ShouldBe(ReportOptions.SummaryNeighbourLimit);
        summary.SupportedCut.ShouldBeNull();
        summary.InDegree.ShouldBe(129);
        full.Isolation.Supporters.ShouldBe(codes.Skip(1));
        full.SupportersCut.ShouldBeNull();
        analysis.Isolation()["O000"].Supporters.Count.ShouldBe(129, "the analysis keeps every supporter; only the report cuts");
    }

    [Fact]
    public void Report_PairsWithinTheLimit_ListsEveryPairInCodeOrderWithoutACut()
    {
        var report = Lima.Value.Report();

        report.ReciprocalPairsCut.ShouldBeNull();
        report.ReciprocalPairs.Select(p => (p.A, p.B, string.Join(",", p.AHelpsB), string.Join(",", p.BHelpsA)))
            .ShouldBe(Lima.Value.ReciprocalPairs().Pairs.Select(p => (p.A, p.B, string.Join(",", p.AHelpsB), string.Join(",", p.BHelpsA))));
        ReportJson.Serialize(report).ShouldNotContain("reciprocalPairsCut");
    }

    [Fact]
    public void ReciprocalPairs_Evidence_ListsBothEdgesOfEveryPair()
    {
        var result = Lima.Value.ReciprocalPairs();
        var edges = Lima.Value.Snapshot.SupportEdges.ToDictionary(e => (e.From, e.To));

        result.Evidence.Edges.Count.ShouldBe(2 * result.Pairs.Count);
        foreach (var e in result.Evidence.Edges)
        {
            e.Subjects.ShouldBe(edges[(e.From, e.To)].Subjects);
        }
    }

    private static int Components(IReadOnlyList<string> offices, IReadOnlyList<(string A, string B)> links)
    {
        var parent = offices.ToDictionary(o => o, o => o);
        string Find(string v) => parent[v] == v ? v : parent[v] = Find(parent[v]);
        foreach (var (a, b) in links)
        {
            parent[Find(a)] = Find(b);
        }

        return offices.Select(Find).Distinct().Count();
    }

    private static Dataset Random(int seed, int offices, int subjects, int links)
    {
        var random = new Random(seed);
        var codes = Enumerable.Range(0, offices).Select(i => $"O{i:00}").ToList();
        string Links() => string.Join(" ", Enumerable.Range(0, links).Select(_ => $"{codes[random.Next(offices)]}:s{random.Next(subjects)}").Distinct());
        var requests = Links();
        var offers = string.Join(" ", Links().Split(' ').Where(o => !requests.Split(' ').Contains(o)));
        return Networks.Make(string.Join(" ", codes), requests, offers);
    }
}
