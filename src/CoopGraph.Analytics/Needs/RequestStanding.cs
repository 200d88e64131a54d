namespace CoopGraph.Analytics.Needs;

/// <summary>One office's request and who can meet it: its own status, not the subject's worst one.</summary>
/// <param name="Office">Requesting office code.</param>
/// <param name="Subject">Subject id.</param>
/// <param name="Status">The request's own status (from the offices other than the requester that offer the subject).</param>
/// <param name="Helpers">Codes of the offices other than the requester that offer the subject, sorted.</param>
/// <param name="OffersItself">Whether the requester offers the subject too (it does not count as its own helper).</param>
/// <param name="CrossCutting">Whether the subject is cross-cutting.</param>
/// <param name="Explanation">Why the request has its status, in words (<see cref="NeedWords.Exposure"/>).</param>
public sealed record RequestStanding(
    string Office,
    string Subject,
    NeedStatus Status,
    IReadOnlyList<string> Helpers,
    bool OffersItself,
    bool CrossCutting,
    string Explanation);

/// <summary>Requests' own statuses: what one office can expect, and which requesters make a subject UNMET or FRAGILE.</summary>
public static class RequestStandings
{
    /// <summary>The standing of <paramref name="office"/>'s request for <paramref name="subject"/>, or null when it does not request it.</summary>
    public static RequestStanding? Of(NetworkAnalysis analysis, string office, string subject)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var s = analysis.Snapshot;
        var (o, x) = (s.IndexOfOffice(office), s.IndexOfSubject(subject));
        if (o < 0 || x < 0 || Array.BinarySearch(s.RequestOffice, s.RequestStart(x), s.RequestEnd(x) - s.RequestStart(x), o) < 0)
        {
            return null;
        }

        return Standing(s, x, o);
    }

    /// <summary>The requests of <paramref name="subject"/> that are not COVERED (the exposed requesters), in code order.</summary>
    public static IReadOnlyList<RequestStanding> Exposed(NetworkAnalysis analysis, string subject)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var s = analysis.Snapshot;
        var x = s.IndexOfSubject(subject);
        if (x < 0)
        {
            return [];
        }

        var exposed = new List<RequestStanding>();
        for (var r = s.RequestStart(x); r < s.RequestEnd(x); r++)
        {
            if (NeedsAnalyzer.StatusOf(s, x, s.RequestOffice[r]) != NeedStatus.Covered)
            {
                exposed.Add(Standing(s, x, s.RequestOffice[r]));
            }
        }

        return exposed;
    }

    private static RequestStanding Standing(NetworkSnapshot s, int subject, int office)
    {
        var helpers = new List<int>();
        var offersItself = false;
        for (var i = s.OfferStart(subject); i < s.OfferEnd(subject); i++)
        {
            if (s.OfferOffice[i] == office)
            {
                offersItself = true;
            }
            else
            {
                helpers.Add(s.OfferOffice[i]);
            }
        }

        var status = NeedsAnalyzer.StatusOf(s, subject, office);
        var crossCutting = s.Dataset.Subjects[subject].CrossCutting;
        var name = (int v) => s.Dataset.FindOffice(s.OfficeCodes[v])!.Name;
        var explanation = NeedWords.Exposure(name(office), status, [.. helpers.Select(name)], offersItself, crossCutting);
        return new RequestStanding(s.OfficeCodes[office], s.SubjectIds[subject], status, [.. helpers.Select(v => s.OfficeCodes[v])], offersItself, crossCutting, explanation);
    }
}
