using CoopGraph.Domain;

namespace CoopGraph.Analytics.WhatIf;

/// <summary>Applies a scenario to a dataset and compares the two networks.</summary>
internal static class WhatIfAnalyzer
{
    public const string HypotheticalSource = "what-if";

    /// <summary>The dataset with the scenario applied; unknown or contradictory entries are <see cref="ScenarioException"/>s naming them.</summary>
    public static Dataset Apply(Dataset d, WhatIfScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var removed = scenario.RemoveOffices.ToHashSet(StringComparer.Ordinal);
        foreach (var (code, i) in scenario.RemoveOffices.Select((c, i) => (c, i)).Where(x => d.FindOffice(x.c) is null))
        {
            throw new ScenarioException(ScenarioList.RemoveOffices, i, $"unknown office '{code}'");
        }

        var added = new List<Offer>();
        foreach (var (offer, i) in scenario.AddOffers.Select((o, i) => (o, i)))
        {
            var subject = d.FindSubject(offer.Subject);
            var problem = d.FindOffice(offer.Office) is null ? $"unknown office '{offer.Office}'"
                : removed.Contains(offer.Office) ? $"office '{offer.Office}' is removed by the same scenario"
                : subject is null ? $"unknown subject '{offer.Subject}'"
                : d.Offers.Any(o => o.Office == offer.Office && o.Subject == offer.Subject) || added.Any(o => o.Office == offer.Office && o.Subject == offer.Subject)
                    ? $"office '{offer.Office}' already offers '{offer.Subject}'"
                : null;
            if (problem is not null)
            {
                throw new ScenarioException(ScenarioList.AddOffers, i, problem);
            }

            added.Add(new Offer(offer.Office, offer.Subject, null, HypotheticalSource, Confidence.Low, "hypothetical offer (what-if)"));
        }

        return d with
        {
            Offices = [.. d.Offices.Where(o => !removed.Contains(o.Code))],
            Requests = [.. d.Requests.Where(r => !removed.Contains(r.Office))],
            Offers = [.. d.Offers.Where(o => !removed.Contains(o.Office)), .. added],
            Networks = [.. d.Networks.Select(n => n with { Members = [.. n.Members.Where(m => !removed.Contains(m))] })],
        };
    }

    public static WhatIfResult Compare(NetworkAnalysis beforeAnalysis, NetworkAnalysis afterAnalysis, WhatIfScenario scenario)
    {
        var (before, after) = (beforeAnalysis.Snapshot, afterAnalysis.Snapshot);
        var needsBefore = beforeAnalysis.UnmetNeeds();
        var needsAfter = afterAnalysis.UnmetNeeds();
        var statusChanges = needsBefore.Subjects.Concat(needsBefore.CrossCutting)
            .Select(n => new StatusChange(n.Id, n.Status, needsAfter[n.Id].Status))
            .Where(c => c.Before != c.After)
            .OrderBy(c => before.IndexOfSubject(c.Subject))
            .ToList();

        var isoBefore = beforeAnalysis.Isolation();
        var isoAfter = afterAnalysis.Isolation();
        var supporterChanges = new List<SupporterChange>();
        var deltas = new List<CentralityDelta>();
        var cBefore = beforeAnalysis.Centrality();
        var cAfter = afterAnalysis.Centrality();
        foreach (var code in after.OfficeCodes)
        {
            var (was, now) = (isoBefore[code].Supporters, isoAfter[code].Supporters);
            var lost = was.Except(now).ToList();
            var gained = now.Except(was).ToList();
            if (lost.Count + gained.Count > 0)
            {
                supporterChanges.Add(new SupporterChange(code, lost, gained));
            }

            var (x, y) = (cBefore[code], cAfter[code]);
            deltas.Add(new CentralityDelta(
                code, y.InDegree - x.InDegree, y.OutDegree - x.OutDegree, y.Betweenness - x.Betweenness,
                y.Closeness - x.Closeness, y.Harmonic - x.Harmonic, y.PageRank - x.PageRank));
        }

        var afterEdges = after.SupportEdges.ToDictionary(e => (e.From, e.To), e => e);
        var beforeEdges = before.SupportEdges.ToDictionary(e => (e.From, e.To), e => e);
        var lostEdges = before.SupportEdges.Where(e => !afterEdges.TryGetValue((e.From, e.To), out var a) || a.Weight < e.Weight).ToList();
        var gainedEdges = after.SupportEdges.Where(e => !beforeEdges.TryGetValue((e.From, e.To), out var b) || b.Weight < e.Weight).ToList();
        var removed = scenario.RemoveOffices.Distinct().Order(StringComparer.Ordinal).ToList();
        var evidence = before.EvidenceOf(
            "recompute on the changed dataset and compare", [.. lostEdges, .. gainedEdges],
            ("removeOffices", string.Join(",", removed)),
            ("addOffers", string.Join(",", scenario.AddOffers.Select(o => o.Office + ":" + o.Subject))),
            ("scenarioVersion", after.Version));
        return new WhatIfResult(
            before.Version, after.Version, removed, [.. scenario.AddOffers], statusChanges, supporterChanges, deltas, lostEdges, gainedEdges, evidence);
    }
}
