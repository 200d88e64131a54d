namespace CoopGraph.Analytics.Needs;

/// <summary>Needs straight from the bipartite graph: per request, the number of *other* offices offering its subject.</summary>
internal static class NeedsAnalyzer
{
    public static UnmetNeedsResult Compute(NetworkSnapshot s)
    {
        var subjects = new List<SubjectNeed>();
        var crossCutting = new List<SubjectNeed>();
        var unmet = new List<string>[s.OfficeCount];
        var fragile = new List<string>[s.OfficeCount];
        for (var o = 0; o < s.OfficeCount; o++)
        {
            (unmet[o], fragile[o]) = ([], []);
        }

        for (var subject = 0; subject < s.SubjectCount; subject++)
        {
            var worst = NeedStatus.Unrequested;
            var covered = 0;
            for (var r = s.RequestStart(subject); r < s.RequestEnd(subject); r++)
            {
                var status = StatusOf(s, subject, s.RequestOffice[r]);
                worst = (NeedStatus)Math.Min((int)worst, (int)status);
                covered += status == NeedStatus.Unmet ? 0 : 1;
                if (!s.SetApart[subject] && status != NeedStatus.Covered)
                {
                    (status == NeedStatus.Unmet ? unmet : fragile)[s.RequestOffice[r]].Add(s.SubjectIds[subject]);
                }
            }

            var requests = s.RequestEnd(subject) - s.RequestStart(subject);
            var need = new SubjectNeed(
                s.SubjectIds[subject], s.Dataset.Subjects[subject].Area, worst,
                Codes(s, s.RequestOffice, s.RequestStart(subject), s.RequestEnd(subject)),
                Codes(s, s.OfferOffice, s.OfferStart(subject), s.OfferEnd(subject)),
                s.Dataset.Subjects[subject].CrossCutting, covered, requests == 0 ? 0 : covered / (double)requests);
            (s.SetApart[subject] ? crossCutting : subjects).Add(need);
        }

        var areas = s.Dataset.Areas.Select(a => RollUp(a.Id, subjects.Where(n => n.Area == a.Id).ToList())).ToList();
        var offices = Enumerable.Range(0, s.OfficeCount)
            .Select(o => new OfficeNeeds(s.OfficeCodes[o], unmet[o], fragile[o])).ToList();
        var totalRequests = subjects.Sum(n => n.Requesters.Count);
        var totalCovered = subjects.Sum(n => n.CoveredRequests);
        var evidence = s.EvidenceOf(
            "per request (B, s): helpers = offerers of s other than B; UNMET 0, FRAGILE 1, COVERED 2+; subject = worst request",
            [], ("graph", "bipartite (office-subject REQUESTS/OFFERS)"), ("crossCutting", "reported apart, outside roll-ups, while nobody offers it"));
        return new UnmetNeedsResult(subjects, crossCutting, areas, offices, totalRequests == 0 ? 0 : totalCovered / (double)totalRequests, evidence);
    }

    /// <summary>The status of office <paramref name="requester"/>'s request for <paramref name="subject"/>.</summary>
    internal static NeedStatus StatusOf(NetworkSnapshot s, int subject, int requester)
    {
        var offerers = s.OfferEnd(subject) - s.OfferStart(subject);
        var self = Array.BinarySearch(s.OfferOffice, s.OfferStart(subject), offerers, requester) >= 0 ? 1 : 0;
        return (offerers - self) switch
        {
            0 => NeedStatus.Unmet,
            1 => NeedStatus.Fragile,
            _ => NeedStatus.Covered,
        };
    }

    private static AreaNeeds RollUp(string area, List<SubjectNeed> needs)
    {
        var requests = needs.Sum(n => n.Requesters.Count);
        var covered = needs.Sum(n => n.CoveredRequests);
        return new AreaNeeds(
            area, needs.Count, needs.Count(n => n.Status == NeedStatus.Unmet), needs.Count(n => n.Status == NeedStatus.Fragile),
            needs.Count(n => n.Status == NeedStatus.Covered), requests, covered, requests == 0 ? 0 : covered / (double)requests);
    }

    private static string[] Codes(NetworkSnapshot s, int[] offices, int start, int end)
    {
        var codes = new string[end - start];
        for (var i = start; i < end; i++)
        {
            codes[i - start] = s.OfficeCodes[offices[i]];
        }

        return codes;
    }
}
