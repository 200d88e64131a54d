using CoopGraph.Analytics;

namespace CoopGraph.Server.Tests.Api.Types.Questions;

/// <summary>Every question on the Lima data, checked against the NetworkX fixture or recomputed from the dataset.</summary>
public sealed class AnalyticsQueryTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    private ServerUnderTest Server => fixture.Server;

    [Theory]
    [InlineData("PAGE_RANK", "pageRank", 1e-6)]
    [InlineData("BETWEENNESS", "betweenness", 1e-9)]
    [InlineData("CLOSENESS", "closeness", 1e-9)]
    [InlineData("HARMONIC", "harmonic", 1e-9)]
    [InlineData("AUTHORITY", "authority", 1e-6)]
    [InlineData("IN_STRENGTH", "inStrength", 0)]
    public async Task Centrality_Metric_MatchesNetworkX(string metric, string fixtureName, double tolerance)
    {
        var data = await Server.DataAsync($"{{ centrality(metric: {metric}) {{ ranking {{ rank value office {{ code }} }} evidence {{ datasetVersion algorithm }} }} }}");
        var ranking = data.GetProperty("centrality").GetProperty("ranking").EnumerateArray().ToList();
        var expected = Lima.NetworkX.GetProperty("offices");
        ranking.Count.ShouldBe(Lima.Dataset.Offices.Count);
        foreach (var entry in ranking)
        {
            var code = entry.GetProperty("office").GetProperty("code").GetString()!;
            entry.GetProperty("value").GetDouble().ShouldBe(expected.GetProperty(code).GetProperty(fixtureName).GetDouble(), tolerance, code);
        }

        ranking.Select(r => r.GetProperty("value").GetDouble()).ShouldBeInOrder(SortDirection.Descending);
        data.GetProperty("centrality").GetProperty("evidence").GetProperty("datasetVersion").GetString().ShouldBe(Lima.Dataset.Version);
    }

    [Fact]
    public async Task Metrics_Query_ListsTheNumbersNetworkNodesCarryWithTheMeasureDefinitions()
    {
        var data = await Server.DataAsync("""
            { metrics { id label legend definition measure }
              network { nodes { kind metrics { name } } }
              __type(name: "CentralityMetric") { enumValues { name description } } }
            """);
        var metrics = data.GetProperty("metrics").EnumerateArray().ToList();
        var office = data.GetProperty("network").GetProperty("nodes").EnumerateArray().First(n => n.GetProperty("kind").GetString() == "OFFICE");
        var enumDescriptions = data.GetProperty("__type").GetProperty("enumValues").EnumerateArray()
            .ToDictionary(v => v.GetProperty("name").GetString()!, v => v.GetProperty("description").GetString());

        metrics.Select(m => m.GetProperty("id").GetString()).ShouldBe(office.GetProperty("metrics").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        metrics.ShouldAllBe(m => m.GetProperty("label").GetString()!.Length > 0 && m.GetProperty("legend").GetString()!.Length > 0);
        var ranked = metrics.Where(m => m.GetProperty("measure").ValueKind != System.Text.Json.JsonValueKind.Null).ToList();
        ranked.Select(m => m.GetProperty("measure").GetString()).ShouldBe(enumDescriptions.Keys, ignoreOrder: true);
        ranked.ShouldAllBe(m => m.GetProperty("definition").GetString() == enumDescriptions[m.GetProperty("measure").GetString()!]);
        metrics.Single(m => m.GetProperty("measure").ValueKind == System.Text.Json.JsonValueKind.Null).GetProperty("id").GetString().ShouldBe("isolation");
    }

    [Fact]
    public async Task OfficeStandings_Query_EqualsTheAnalysisAndEachOfficesOwnStanding()
    {
        var data = await Server.DataAsync("""
            { officeStandings { offices { office { code } standing rank supporters } }
              office(code: "HND") { standing { standing rank } } }
            """);
        var expected = NetworkAnalysis.Of(Lima.Dataset).Standings();

        var offices = data.GetProperty("officeStandings").GetProperty("offices").EnumerateArray().ToList();
        offices.Select(o => o.GetProperty("office").GetProperty("code").GetString()).ShouldBe(expected.Offices.Select(o => o.Code));
        offices.Select(o => o.GetProperty("rank").GetInt32()).ShouldBe(expected.Offices.Select(o => o.Rank));
        offices.Select(o => o.GetProperty("supporters").GetInt32()).ShouldBe(expected.Offices.Select(o => o.Supporters));
        var honduras = data.GetProperty("office").GetProperty("standing");
        honduras.GetProperty("standing").GetString().ShouldBe(offices.Single(o => o.GetProperty("office").GetProperty("code").GetString() == "HND").GetProperty("standing").GetString());
        honduras.GetProperty("rank").GetInt32().ShouldBe(expected["HND"].Rank);
    }

    [Fact]
    public async Task Centrality_TopAndUnnormalizedBetweenness_ScalesByPairs()
    {
        var data = await Server.DataAsync("{ centrality(metric: BETWEENNESS, top: 3, normalized: false) { ranking { value office { code } } } }");
        var ranking = data.GetProperty("centrality").GetProperty("ranking").EnumerateArray().ToList();
        ranking.Count.ShouldBe(3);
        var n = Lima.Dataset.Offices.Count;
        foreach (var entry in ranking)
        {
            var code = entry.GetProperty("office").GetProperty("code").GetString()!;
            entry.GetProperty("value").GetDouble().ShouldBe(Lima.NetworkX.GetProperty("offices").GetProperty(code).GetProperty("betweenness").GetDouble() * (n - 1) * (n - 2), 1e-7);
        }
    }

    [Fact]
    public async Task UnmetNeeds_Lima_ListsUnmetAndFragileSubjectsByDefinition()
    {
        var data = await Server.DataAsync("{ unmetNeeds { subject { id name } status evidence { datasetVersion } } }");
        var answered = data.GetProperty("unmetNeeds").EnumerateArray().Select(n => (n.GetProperty("subject").GetProperty("id").GetString()!, n.GetProperty("status").GetString()!)).ToList();
        var expected = Lima.Dataset.Subjects.Where(s => !s.CrossCutting).Select(s => (s.Id, Lima.Status(s.Id))).Where(x => x.Item2 is "UNMET" or "FRAGILE").ToList();
        answered.ShouldBe(expected);
        answered.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task UnmetNeeds_WithoutFragileInArea_ListsOnlyUnmetOfThatArea()
    {
        var area = Lima.Dataset.Areas.First(a => Lima.Dataset.Subjects.Any(s => s.Area == a.Id && !s.CrossCutting && Lima.Status(s.Id) == "UNMET")).Id;
        var data = await Server.DataAsync("query($a: ID) { unmetNeeds(area: $a, includeFragile: false) { subject { id } status } }", new { a = area });
        data.GetProperty("unmetNeeds").EnumerateArray().Select(n => n.GetProperty("subject").GetProperty("id").GetString())
            .ShouldBe(Lima.Dataset.Subjects.Where(s => s.Area == area && !s.CrossCutting && Lima.Status(s.Id) == "UNMET").Select(s => s.Id));
    }

    [Fact]
    public async Task NeedsReport_Lima_RollsUpEveryArea()
    {
        var data = await Server.DataAsync("{ needsReport { areas { area { id } subjects } crossCutting { subject { id } } coverageRatio } }");
        var report = data.GetProperty("needsReport");
        report.GetProperty("areas").EnumerateArray().Sum(a => a.GetProperty("subjects").GetInt32())
            .ShouldBe(Lima.Dataset.Subjects.Count(s => !s.CrossCutting));
        report.GetProperty("crossCutting").GetArrayLength().ShouldBe(Lima.Dataset.Subjects.Count(s => s.CrossCutting));
    }

    [Fact]
    public async Task IsolatedOffices_Lima_MatchesNetworkXStructureAndSupporters()
    {
        var data = await Server.DataAsync("{ isolatedOffices(all: true) { offices { office { code } supporters { code } flags score } components { code } articulationPoints { code } bridges { a { code } b { code } } evidence { datasetVersion } } }");
        var report = data.GetProperty("isolatedOffices");
        var nx = Lima.NetworkX;
        report.GetProperty("articulationPoints").EnumerateArray().Select(o => o.GetProperty("code").GetString())
            .ShouldBe(nx.GetProperty("articulationPoints").EnumerateArray().Select(x => x.GetString()));
        report.GetProperty("bridges").EnumerateArray().Select(b => $"{b.GetProperty("a").GetProperty("code").GetString()}-{b.GetProperty("b").GetProperty("code").GetString()}")
            .ShouldBe(nx.GetProperty("bridges").EnumerateArray().Select(b => $"{b[0].GetString()}-{b[1].GetString()}"));
        report.GetProperty("components").GetArrayLength().ShouldBe(nx.GetProperty("weakComponents").GetArrayLength());
        var edges = nx.GetProperty("edges").EnumerateArray().Select(e => (From: e.GetProperty("from").GetString()!, To: e.GetProperty("to").GetString()!)).ToList();
        foreach (var office in report.GetProperty("offices").EnumerateArray())
        {
            var code = office.GetProperty("office").GetProperty("code").GetString()!;
            DataQueryTests.Codes(office.GetProperty("supporters")).ShouldBe([.. edges.Where(e => e.To == code).Select(e => e.From).Order(StringComparer.Ordinal)], code);
        }
    }

    [Fact]
    public async Task IsolatedOffices_Default_ListsOnlyFlaggedOfficesMostIsolatedFirst()
    {
        var data = await Server.DataAsync("{ isolatedOffices { offices { flags score } } }");
        var offices = data.GetProperty("isolatedOffices").GetProperty("offices").EnumerateArray().ToList();
        offices.ShouldAllBe(o => o.GetProperty("flags").GetArrayLength() > 0);
        offices.Select(o => o.GetProperty("score").GetDouble()).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task Paths_FixturePairs_MatchNetworkXHopCountsAndCosts()
    {
        foreach (var pair in Lima.NetworkX.GetProperty("paths").EnumerateArray().Take(4))
        {
            var variables = new { from = pair.GetProperty("from").GetString(), to = pair.GetProperty("to").GetString(), k = pair.GetProperty("k").GetInt32() };
            var data = await Server.DataAsync("query($from: String!, $to: String!, $k: Int) { plain: paths(from: $from, to: $to, k: $k) { paths { hops { from { code } to { code } subjects { subject { id } request { office { code } source } offer { office { code } source } } } } } weighted: paths(from: $from, to: $to, k: $k, weighted: true) { paths { cost } evidence { datasetVersion } } }", variables);
            var plain = data.GetProperty("plain").GetProperty("paths").EnumerateArray().ToList();
            plain.Select(p => p.GetProperty("hops").GetArrayLength()).ShouldBe(pair.GetProperty("hops").EnumerateArray().Select(h => h.GetInt32()));
            foreach (var hop in plain.SelectMany(p => p.GetProperty("hops").EnumerateArray()))
            {
                foreach (var s in hop.GetProperty("subjects").EnumerateArray())
                {
                    s.GetProperty("offer").GetProperty("office").GetProperty("code").GetString().ShouldBe(hop.GetProperty("from").GetProperty("code").GetString());
                    s.GetProperty("request").GetProperty("office").GetProperty("code").GetString().ShouldBe(hop.GetProperty("to").GetProperty("code").GetString());
                }
            }

            data.GetProperty("weighted").GetProperty("paths").EnumerateArray().Select(p => p.GetProperty("cost").GetDouble()).ToList()
                .ShouldBe([.. pair.GetProperty("weightedCosts").EnumerateArray().Select(c => c.GetDouble())], 1e-9);
        }
    }

    [Fact]
    public async Task BilateralAndReciprocalPairs_Lima_AgreeWithSupportEdges()
    {
        var edges = Lima.NetworkX.GetProperty("edges").EnumerateArray()
            .ToDictionary(e => (e.GetProperty("from").GetString()!, e.GetProperty("to").GetString()!), e => e.GetProperty("subjects").EnumerateArray().Select(s => s.GetString()!).ToList());
        var data = await Server.DataAsync("{ bilateral(office: \"BRA\") { partners { partner { code } officeHelpsPartner { id } partnerHelpsOffice { id } } } reciprocalPairs { pairs { a { code } b { code } aHelpsB { id } } evidence { datasetVersion } } }");
        foreach (var p in data.GetProperty("bilateral").GetProperty("partners").EnumerateArray())
        {
            var partner = p.GetProperty("partner").GetProperty("code").GetString()!;
            p.GetProperty("officeHelpsPartner").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ShouldBe(edges.GetValueOrDefault(("BRA", partner)) ?? [], ignoreOrder: true);
            p.GetProperty("partnerHelpsOffice").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ShouldBe(edges.GetValueOrDefault((partner, "BRA")) ?? [], ignoreOrder: true);
        }

        var pairs = data.GetProperty("reciprocalPairs").GetProperty("pairs").EnumerateArray()
            .Select(p => (p.GetProperty("a").GetProperty("code").GetString()!, p.GetProperty("b").GetProperty("code").GetString()!)).ToList();
        pairs.ShouldBe([.. edges.Keys.Where(k => string.CompareOrdinal(k.Item1, k.Item2) < 0 && edges.ContainsKey((k.Item2, k.Item1))).Order()]);
    }

    [Fact]
    public async Task MatchPlan_Capacity_AssignsOnlyOfferedSubjectsWithinCapacity()
    {
        var data = await Server.DataAsync("{ matchPlan(capacity: 2) { capacity requests assigned coveragePercent assignments { office { code } subject { id } provider { code } } evidence { datasetVersion } } }");
        var plan = data.GetProperty("matchPlan");
        var assignments = plan.GetProperty("assignments").EnumerateArray().Select(a => (Office: a.GetProperty("office").GetProperty("code").GetString()!, Subject: a.GetProperty("subject").GetProperty("id").GetString()!, Provider: a.GetProperty("provider").GetProperty("code").GetString()!)).ToList();
        assignments.Count.ShouldBe(plan.GetProperty("assigned").GetInt32());
        assignments.ShouldAllBe(a => Lima.Dataset.Offers.Any(o => o.Office == a.Provider && o.Subject == a.Subject) && Lima.Dataset.Requests.Any(r => r.Office == a.Office && r.Subject == a.Subject) && a.Provider != a.Office);
        assignments.GroupBy(a => a.Provider).ShouldAllBe(g => g.Count() <= 2);
        plan.GetProperty("coveragePercent").GetDouble().ShouldBe(100.0 * assignments.Count / plan.GetProperty("requests").GetInt32(), 1e-9);
        plan.GetProperty("requests").GetInt32().ShouldBe(Lima.Dataset.Requests.Count(r => !Lima.Dataset.FindSubject(r.Subject)!.CrossCutting));
    }

    [Fact]
    public async Task WhatIf_RemoveBrazil_AgreesWithAnalyticsOnTheChangedDataset()
    {
        var data = await Server.DataAsync("{ whatIf(removeOffices: [\"Brazil\"]) { removedOffices scenarioVersion statusChanges { subject before after } supporterChanges { office lost } evidence { datasetVersion } } }");
        var whatIf = data.GetProperty("whatIf");
        whatIf.GetProperty("removedOffices").EnumerateArray().Select(x => x.GetString()).ShouldBe(["BRA"]);
        // Independent of the what-if code: analyse the dataset without Brazil from scratch.
        var without = Lima.Dataset with
        {
            Offices = [.. Lima.Dataset.Offices.Where(o => o.Code != "BRA")],
            Requests = [.. Lima.Dataset.Requests.Where(r => r.Office != "BRA")],
            Offers = [.. Lima.Dataset.Offers.Where(o => o.Office != "BRA")],
            Networks = [.. Lima.Dataset.Networks.Select(n => n with { Members = [.. n.Members.Where(m => m != "BRA")] })],
        };
        var after = NetworkAnalysis.Of(without).UnmetNeeds();
        var before = NetworkAnalysis.Of(Lima.Dataset).UnmetNeeds();
        var changed = Lima.Dataset.Subjects.Where(s => before[s.Id].Status != after[s.Id].Status).Select(s => s.Id).ToList();
        whatIf.GetProperty("statusChanges").EnumerateArray().Select(c => c.GetProperty("subject").GetString()).ShouldBe(changed);
        whatIf.GetProperty("supporterChanges").EnumerateArray().ShouldAllBe(c => c.GetProperty("lost").EnumerateArray().Any(l => l.GetString() == "BRA"));
    }

    [Theory]
    [InlineData("SUPPORT", "SUPPORTS")]
    [InlineData("COLLABORATION", "COLLABORATES")]
    [InlineData("BIPARTITE", "REQUESTS")]
    public async Task Network_View_HasEveryOfficeAndTheExpectedEdges(string view, string kind)
    {
        var data = await Server.DataAsync($"{{ network(view: {view}) {{ directed nodes {{ id kind metrics {{ name value }} }} edges {{ source target kind weight subjects }} }} }}");
        var network = data.GetProperty("network");
        var nodes = network.GetProperty("nodes").EnumerateArray().ToList();
        nodes.Count(n => n.GetProperty("kind").GetString() == "OFFICE").ShouldBe(Lima.Dataset.Offices.Count);
        var edges = network.GetProperty("edges").EnumerateArray().ToList();
        var nxEdges = Lima.NetworkX.GetProperty("edges").EnumerateArray().ToList();
        switch (view)
        {
            case "SUPPORT":
                edges.Count.ShouldBe(nxEdges.Count);
                edges.Sum(e => e.GetProperty("weight").GetInt32()).ShouldBe(nxEdges.Sum(e => e.GetProperty("weight").GetInt32()));
                var pr = nodes.First(n => n.GetProperty("id").GetString() == "BRA").GetProperty("metrics").EnumerateArray().First(m => m.GetProperty("name").GetString() == "pageRank");
                pr.GetProperty("value").GetDouble().ShouldBe(Lima.NetworkX.GetProperty("offices").GetProperty("BRA").GetProperty("pageRank").GetDouble(), 1e-6);
                break;
            case "COLLABORATION":
                network.GetProperty("directed").GetBoolean().ShouldBeFalse();
                edges.Count.ShouldBe(nxEdges.Select(e => string.Join('-', new[] { e.GetProperty("from").GetString(), e.GetProperty("to").GetString() }.Order())).Distinct().Count());
                break;
            default:
                nodes.Count.ShouldBe(Lima.Dataset.Offices.Count + Lima.Dataset.Subjects.Count);
                edges.Count.ShouldBe(Lima.Dataset.Requests.Count + Lima.Dataset.Offers.Count);
                edges.Count(e => e.GetProperty("kind").GetString() == kind).ShouldBe(Lima.Dataset.Requests.Count);
                break;
        }

        edges.ShouldAllBe(e => e.GetProperty("kind").GetString() == kind || view == "BIPARTITE");
    }

    [Fact]
    public async Task Network_AreaFilter_KeepsOnlyThatAreasSubjectsOnEdges()
    {
        var area = Lima.Dataset.Areas[0].Id;
        var inArea = Lima.Dataset.Subjects.Where(s => s.Area == area).Select(s => s.Id).ToHashSet();
        var data = await Server.DataAsync("query($a: ID) { network(area: $a) { edges { weight subjects } } }", new { a = area });
        data.GetProperty("network").GetProperty("edges").EnumerateArray()
            .ShouldAllBe(e => e.GetProperty("subjects").EnumerateArray().All(s => inArea.Contains(s.GetString()!)) && e.GetProperty("weight").GetInt32() == e.GetProperty("subjects").GetArrayLength());
    }

    [Fact]
    public async Task Office_AnalyticFields_MatchNetworkX()
    {
        var data = await Server.DataAsync("{ office(code: \"CHL\") { centrality { pageRank inDegree } isolation { flags } supporters { from { code } weight } supported { to { code } } } }");
        var office = data.GetProperty("office");
        var nx = Lima.NetworkX.GetProperty("offices").GetProperty("CHL");
        office.GetProperty("centrality").GetProperty("pageRank").GetDouble().ShouldBe(nx.GetProperty("pageRank").GetDouble(), 1e-6);
        office.GetProperty("centrality").GetProperty("inDegree").GetInt32().ShouldBe(nx.GetProperty("inDegree").GetInt32());
        office.GetProperty("supporters").GetArrayLength().ShouldBe(nx.GetProperty("inDegree").GetInt32());
        office.GetProperty("supported").GetArrayLength().ShouldBe(nx.GetProperty("outDegree").GetInt32());
    }

    [Theory]
    [InlineData("OUT_DEGREE")]
    [InlineData("PAGE_RANK")]
    [InlineData("BETWEENNESS")]
    public async Task OfficeRank_EveryOffice_IsItsPlaceInTheCentralityRanking(string metric)
    {
        var data = await Server.DataAsync($"{{ offices(first: 500) {{ nodes {{ code rank(metric: {metric}) {{ metric rank value outOf }} }} }} centrality(metric: {metric}) {{ ranking {{ rank value office {{ code }} }} }} }}");
        var ranking = data.GetProperty("centrality").GetProperty("ranking").EnumerateArray()
            .ToDictionary(r => r.GetProperty("office").GetProperty("code").GetString()!);
        var offices = data.GetProperty("offices").GetProperty("nodes").EnumerateArray().ToList();
        offices.Count.ShouldBe(Lima.Dataset.Offices.Count);
        foreach (var office in offices)
        {
            var rank = office.GetProperty("rank");
            var expected = ranking[office.GetProperty("code").GetString()!];
            rank.GetProperty("metric").GetString().ShouldBe(metric);
            rank.GetProperty("rank").GetInt32().ShouldBe(expected.GetProperty("rank").GetInt32());
            rank.GetProperty("value").GetDouble().ShouldBe(expected.GetProperty("value").GetDouble());
            rank.GetProperty("outOf").GetInt32().ShouldBe(ranking.Count);
        }
    }

    [Fact]
    public async Task OfficeNeeds_EveryOffice_IsItsEntryOfTheNeedsReport()
    {
        var data = await Server.DataAsync("""
            { offices(first: 500) { nodes { code needs { office { code } unmetRequests { id } fragileRequests { id } } } }
              needsReport { offices { office { code } unmetRequests { id } fragileRequests { id } } } }
            """);
        var report = data.GetProperty("needsReport").GetProperty("offices").EnumerateArray()
            .ToDictionary(o => o.GetProperty("office").GetProperty("code").GetString()!, o => o.GetRawText());
        var offices = data.GetProperty("offices").GetProperty("nodes").EnumerateArray().ToList();
        offices.Count.ShouldBe(report.Count);
        foreach (var office in offices)
        {
            office.GetProperty("needs").GetRawText().ShouldBe(report[office.GetProperty("code").GetString()!]);
        }

        report.Values.ShouldContain(v => v.Contains("\"id\"", StringComparison.Ordinal), "some office has an unmet or fragile request");
    }

    [Fact]
    public async Task Statement_OffersAndRequests_WordTheRowWithItsSourceAndConfidence()
    {
        var data = await Server.DataAsync("""
            { offices(first: 500) { nodes { code offers { subject { id } statement } requests { subject { id } statement } } } }
            """);
        var dataset = Lima.Dataset;
        string Name(string code) => dataset.FindOffice(code)!.Name;
        string Subject(string id) => dataset.FindSubject(id)!.Name;
        List<(string Office, string Subject, string Text)> Rows(string kind) => data.GetProperty("offices").GetProperty("nodes").EnumerateArray()
            .SelectMany(o => o.GetProperty(kind).EnumerateArray().Select(r => (o.GetProperty("code").GetString()!,
                r.GetProperty("subject").GetProperty("id").GetString()!, r.GetProperty("statement").GetString()!))).ToList();
        var offers = Rows("offers");
        var requests = Rows("requests");
        offers.Count.ShouldBe(dataset.Offers.Count);
        requests.Count.ShouldBe(dataset.Requests.Count);
        foreach (var offer in dataset.Offers)
        {
            var what = string.IsNullOrWhiteSpace(offer.Wording) ? Subject(offer.Subject) : $"“{offer.Wording}”";
            offers.ShouldContain((offer.Office, offer.Subject, $"{Name(offer.Office)} offers {what} ({offer.Source}, {offer.Confidence.ToString().ToLowerInvariant()} confidence)"));
        }

        foreach (var request in dataset.Requests)
        {
            requests.ShouldContain((request.Office, request.Subject, $"{Name(request.Office)} requests {Subject(request.Subject)} ({request.Source}, {request.Confidence.ToString().ToLowerInvariant()} confidence)"));
        }
    }

    [Fact]
    public async Task SupportLink_Justification_IsTheOfferStatementThenTheRequestStatement()
    {
        var data = await Server.DataAsync("""
            { supportLink(from: "BRA", to: "HND") { subjects { justification offer { statement } request { statement } } } }
            """);
        var subjects = data.GetProperty("supportLink").GetProperty("subjects").EnumerateArray().ToList();
        subjects.ShouldNotBeEmpty();
        foreach (var s in subjects)
        {
            s.GetProperty("justification").GetString().ShouldBe(
                $"{s.GetProperty("offer").GetProperty("statement").GetString()}; {s.GetProperty("request").GetProperty("statement").GetString()}");
        }
    }

    [Fact]
    public async Task OneRequest_TwoFields_SeeOneVersion()
    {
        var data = await Server.DataAsync("{ dataset { version } centrality { evidence { datasetVersion } } unmetNeeds { evidence { datasetVersion } } }");
        var version = data.GetProperty("dataset").GetProperty("version").GetString();
        data.GetProperty("centrality").GetProperty("evidence").GetProperty("datasetVersion").GetString().ShouldBe(version);
        data.GetProperty("unmetNeeds").EnumerateArray().ShouldAllBe(n => n.GetProperty("evidence").GetProperty("datasetVersion").GetString() == version);
    }
}

internal static class JsonListExtensions
{
    public static void ShouldBe(this List<double> actual, List<double> expected, double tolerance)
    {
        actual.Count.ShouldBe(expected.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            actual[i].ShouldBe(expected[i], tolerance);
        }
    }
}
