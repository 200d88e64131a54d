using CoopGraph.Analytics.Centrality;
using CoopGraph.Analytics.Needs;
using CoopGraph.Analytics.Paths;
using CoopGraph.Analytics.WhatIf;

namespace CoopGraph.Analytics.Reporting;

/// <summary>Gathers every section of the report from one (possibly changed) network.</summary>
internal static class AnalysisReportBuilder
{
    public static AnalysisReport Build(NetworkAnalysis analysis, ReportOptions options)
    {
        // Names of the dataset as given, so a scenario's report still names the offices it removed.
        var givenNames = analysis.Snapshot.Dataset.Offices.ToDictionary(o => o.Code, o => o.Name, StringComparer.Ordinal);
        WhatIfResult? whatIf = null;
        string? scenarioName = null;
        if (options.RemoveOffices is { Count: > 0 } removed)
        {
            var before = analysis.Snapshot.Dataset;
            scenarioName = "without " + string.Join(", ", removed.Select(code => before.FindOffice(code) is { } o ? $"{o.Code} ({o.Name})" : code));
            var scenario = WhatIfScenario.Removing([.. removed]);
            (whatIf, analysis) = analysis.WhatIfAndApply(scenario);
        }

        var s = analysis.Snapshot;
        var centrality = analysis.Centrality(new CentralityOptions(options.WeightedBetweenness));
        var needs = analysis.UnmetNeeds();
        var isolation = analysis.Isolation();
        var (pairCount, pairs) = options.ReciprocalPairLimit is { } limit
            ? BilateralAnalyzer.StrongestReciprocalPairs(s, limit)
            : (-1L, [.. analysis.ReciprocalPairs().Pairs]);
        var pairsCut = pairCount > pairs.Count
            ? new ListCut(pairCount, pairs.Count, "strongest first: by the weaker direction's subject count, then both directions' total, then codes")
            : null;
        var plan = analysis.MatchPlan(options.Capacity, options.Mode);
        var names = s.Dataset.Offices.ToDictionary(o => o.Code, o => o.Name, StringComparer.Ordinal);
        var neighbourLimit = options.Evidence == EvidenceDetail.Full ? int.MaxValue : ReportOptions.SummaryNeighbourLimit;
        var offices = centrality.Offices.Select((c, v) =>
        {
            var i = isolation.Offices[v];
            var (supporters, supportersCut) = Cut(i.Supporters, neighbourLimit);
            var (supported, supportedCut) = Cut(i.Supported, neighbourLimit);
            return new OfficeReport(
                c.Code, names[c.Code], c.InDegree, c.OutDegree, c.InStrength, c.OutStrength, c.Betweenness, c.Closeness, c.Harmonic,
                c.PageRank, c.Hub, c.Authority, i with { Supporters = supporters, Supported = supported },
                needs.Offices[v].UnmetRequests, needs.Offices[v].FragileRequests, supportersCut, supportedCut);
        }).ToList();
        var subjects = needs.Subjects.Concat(needs.CrossCutting).OrderBy(n => s.IndexOfSubject(n.Id)).ToList();
        var sections = new Dictionary<string, SectionEvidence>(StringComparer.Ordinal)
        {
            ["offices"] = Section(centrality.Evidence),
            ["isolation"] = Section(isolation.Evidence),
            ["subjects"] = Section(needs.Evidence),
            ["reciprocalPairs"] = new SectionEvidence(BilateralAnalyzer.Algorithm, new Dictionary<string, string>()),
            ["matchPlan"] = Section(plan.Evidence),
        };
        if (whatIf is not null)
        {
            sections["whatIf"] = Section(whatIf.Evidence);
        }

        return new AnalysisReport(
            s.Dataset.Name, s.Version, scenarioName, offices, subjects, needs.Areas, needs.CoverageRatio, isolation.Components,
            isolation.ArticulationPoints, isolation.Bridges, pairs, pairsCut, plan, whatIf,
            new ReportEvidence(s.Version, sections, Summary(s, analysis.Degrees, options.Evidence), options.Evidence == EvidenceDetail.Full ? s.SupportEdges : null))
        {
            SubjectNames = s.Dataset.Subjects.ToDictionary(x => x.Id, x => x.Name, StringComparer.Ordinal),
            AreaNames = s.Dataset.Areas.ToDictionary(x => x.Id, x => x.Name, StringComparer.Ordinal),
            OfficeNames = givenNames,
            Exposed = subjects.Where(n => n.Status is NeedStatus.Unmet or NeedStatus.Fragile)
                .ToDictionary(n => n.Id, n => RequestStandings.Exposed(analysis, n.Id), StringComparer.Ordinal),
            Standings = analysis.Standings().Offices,
        };
    }

    // The first `limit` codes (they are sorted) and what was left out, or the list itself.
    private static (IReadOnlyList<string> Listed, ListCut? Cut) Cut(IReadOnlyList<string> codes, int limit) =>
        codes.Count <= limit ? (codes, null)
            : ([.. codes.Take(limit)], new ListCut(codes.Count, limit, $"the first {limit} in code order (full evidence lists every one)"));

    /// <summary>The support graph's size from the degree kernel (counted on the bipartite graph: no edge is built).</summary>
    private static SupportGraphSummary Summary(NetworkSnapshot s, Degrees degrees, EvidenceDetail detail) =>
        new(detail, s.Dataset.Offices.Count, degrees.Out.Sum(), degrees.OutStrength.Sum());

    private static SectionEvidence Section(Evidence e) => new(e.Algorithm, e.Parameters);
}
