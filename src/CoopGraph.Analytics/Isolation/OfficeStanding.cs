namespace CoopGraph.Analytics.Isolation;

/// <summary>Where an office stands in the support network, its weakest trait first.</summary>
public enum StandingKind
{
    /// <summary>It takes part but has no support tie either way: nobody can help it and it helps nobody.</summary>
    Isolated,

    /// <summary>It has a weak side: at most <see cref="OfficeStandings.FewSupporters"/> offices can help it, or it helps nobody.</summary>
    WeakTies,

    /// <summary>It is well tied but requests something no other office offers.</summary>
    UnmetNeeds,

    /// <summary>More than <see cref="OfficeStandings.FewSupporters"/> offices can help it, it helps at least one and every request has a helper.</summary>
    WellConnected,

    /// <summary>It made no request and no offer: it did not take part in the survey, so nothing can be said of its ties.</summary>
    DidNotTakePart,
}

/// <summary>What a reason says about an office.</summary>
public enum StandingReasonKind
{
    /// <summary>No request and no offer.</summary>
    NoRequestsOrOffers,

    /// <summary>No support tie either way.</summary>
    NoPartners,

    /// <summary>It requests a (non-cross-cutting) subject no other office offers.</summary>
    UnmetRequest,

    /// <summary>Only one or two offices can help it.</summary>
    FewSupporters,

    /// <summary>It helps no office: it offers nothing, or no other office requests what it offers.</summary>
    HelpsNobody,
}

/// <summary>One reason, in words, with the evidence it rests on.</summary>
/// <param name="Kind">What the reason says.</param>
/// <param name="Text">The reason in words, e.g. "no other office offers IPAS technicians' network, which it requests".</param>
/// <param name="Subjects">The subject ids it rests on (the unmet subject; the subjects offered by an office that helps nobody).</param>
/// <param name="Offices">The office codes it rests on (the few supporters).</param>
public sealed record StandingReason(StandingReasonKind Kind, string Text, IReadOnlyList<string> Subjects, IReadOnlyList<string> Offices);

/// <summary>An office's standing with its reasons.</summary>
/// <param name="Code">Office code.</param>
/// <param name="Standing">Its weakest trait.</param>
/// <param name="Supporters">How many offices can help it.</param>
/// <param name="Supported">How many offices it can help.</param>
/// <param name="Reasons">Why, in words, weakest first (empty when well connected).</param>
/// <param name="Rank">1-based position in <see cref="OfficeStandingsResult.Offices"/> (weakest first).</param>
public sealed record OfficeStanding(string Code, StandingKind Standing, int Supporters, int Supported, IReadOnlyList<StandingReason> Reasons, int Rank);

/// <summary>Every office's standing, weakest first, with the rule used.</summary>
/// <param name="Offices">Isolated, then weak ties (weakest side first, then fewest ties), then unmet needs, well connected, and those that did not take part.</param>
/// <param name="Evidence">The rule and its threshold.</param>
public sealed record OfficeStandingsResult(IReadOnlyList<OfficeStanding> Offices, Evidence Evidence)
{
    /// <summary>The entry of office <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such office.</exception>
    public OfficeStanding this[string code] =>
        Offices.FirstOrDefault(o => o.Code == code) ?? throw new KeyNotFoundException($"unknown office '{code}'");
}

/// <summary>
/// Gives each office its standing and reasons in words, from the isolation and needs results: "did not take part" (no
/// request, no offer) apart from "isolated" (takes part, no tie), and weak ties surfaced and ranked.
/// </summary>
public static class OfficeStandings
{
    /// <summary>An office with at most this many supporters has weak ties.</summary>
    public const int FewSupporters = 2;

    /// <summary>The standings of every office in <paramref name="analysis"/>.</summary>
    public static OfficeStandingsResult Compute(NetworkAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var s = analysis.Snapshot;
        var isolation = analysis.Isolation();
        var needs = analysis.UnmetNeeds();
        var names = s.Dataset.Offices.ToDictionary(o => o.Code, o => o.Name, StringComparer.Ordinal);
        var name = (string code) => names[code];
        var subjectName = (string id) => s.Dataset.Subjects[s.IndexOfSubject(id)].Name;
        var standings = new List<(OfficeStanding Standing, int WeakSide, int Ties)>();
        for (var v = 0; v < s.OfficeCount; v++)
        {
            var i = isolation.Offices[v];
            var requests = s.OfficeRequestStart[v + 1] - s.OfficeRequestStart[v];
            var offers = s.OfficeOfferStart[v + 1] - s.OfficeOfferStart[v];
            var reasons = new List<StandingReason>();
            StandingKind standing;
            if (requests == 0 && offers == 0)
            {
                standing = StandingKind.DidNotTakePart;
                reasons.Add(new(StandingReasonKind.NoRequestsOrOffers, "it made no request and no offer, so it did not take part", [], []));
            }
            else
            {
                if (i.Supporters.Count == 0 && i.Supported.Count == 0)
                {
                    reasons.Add(new(StandingReasonKind.NoPartners, "no office can help it and it can help no office", [], []));
                }

                if (requests > 0 && i.Supporters.Count is > 0 and <= FewSupporters)
                {
                    var few = string.Join(" and ", i.Supporters.Select(name));
                    reasons.Add(new(StandingReasonKind.FewSupporters,
                        $"only {few} can help it ({i.Supporters.Count} supporter{(i.Supporters.Count == 1 ? "" : "s")})", [], i.Supporters));
                }

                if (i.Supporters.Count > 0 && i.Supported.Count == 0)
                {
                    var offered = Offered(s, v);
                    reasons.Add(new(StandingReasonKind.HelpsNobody,
                        offered.Count == 0 ? "it helps no office: it offers nothing" : "it helps no office: no other office requests what it offers",
                        offered, []));
                }

                foreach (var subject in needs.Offices[v].UnmetRequests)
                {
                    var offersItself = Offered(s, v).Contains(subject);
                    reasons.Add(new(StandingReasonKind.UnmetRequest,
                        $"no {(offersItself ? "other " : "")}office offers {subjectName(subject)}, which it requests", [subject], []));
                }

                standing = reasons.Any(r => r.Kind == StandingReasonKind.NoPartners) ? StandingKind.Isolated
                    : reasons.Any(r => r.Kind is StandingReasonKind.FewSupporters or StandingReasonKind.HelpsNobody) ? StandingKind.WeakTies
                    : reasons.Count > 0 ? StandingKind.UnmetNeeds
                    : StandingKind.WellConnected;
            }

            // Weak ties rank by the weak side (supporters of an office that requests, offices helped), then by all ties.
            var weakSide = Math.Min(requests > 0 ? i.Supporters.Count : int.MaxValue, i.Supported.Count);
            standings.Add((new OfficeStanding(i.Code, standing, i.Supporters.Count, i.Supported.Count, reasons, 0), weakSide, i.Supporters.Count + i.Supported.Count));
        }

        var ranked = standings
            .OrderBy(x => x.Standing.Standing)
            .ThenBy(x => x.Standing.Standing == StandingKind.WeakTies ? x.WeakSide : 0)
            .ThenBy(x => x.Ties)
            .ThenBy(x => x.Standing.Code, StringComparer.Ordinal)
            .Select((x, k) => x.Standing with { Rank = k + 1 })
            .ToList();
        var evidence = s.EvidenceOf(
            "standing from the support graph and the needs: no request and no offer = did not take part; no tie either way = isolated; " +
            $"at most {FewSupporters} supporters or helps nobody = weak ties (ranked by the weak side's count, then all ties); " +
            "a request no other office offers = unmet needs",
            [], ("fewSupporters", FewSupporters));
        return new OfficeStandingsResult(ranked, evidence);
    }

    private static List<string> Offered(NetworkSnapshot s, int office)
    {
        var subjects = new List<string>();
        for (var i = s.OfficeOfferStart[office]; i < s.OfficeOfferStart[office + 1]; i++)
        {
            subjects.Add(s.SubjectIds[s.OfficeOfferSubject[i]]);
        }

        return subjects;
    }
}
