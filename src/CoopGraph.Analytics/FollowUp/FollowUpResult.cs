using CoopGraph.Domain.Initiatives;

namespace CoopGraph.Analytics.FollowUp;

/// <summary>A request no live initiative answers (none at all, or only dropped ones).</summary>
/// <param name="Office">The requesting office.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Area">The subject's area.</param>
/// <param name="Offerers">Offices other than the requester that offer the subject: whom to contact (empty: nobody can help yet).</param>
/// <param name="DroppedInitiatives">Ids of dropped initiatives that once answered it.</param>
/// <param name="CrossCutting">Whether the subject is a cross-cutting need every office shares.</param>
public sealed record NeedWithoutInitiative(string Office, string Subject, string Area, IReadOnlyList<string> Offerers, IReadOnlyList<string> DroppedInitiatives, bool CrossCutting);

/// <summary>An open initiative with no transition for at least the threshold.</summary>
/// <param name="Initiative">The initiative.</param>
/// <param name="Area">Its subject's area.</param>
/// <param name="LastMoved">When its last step was recorded.</param>
/// <param name="DaysSince">Whole days from <paramref name="LastMoved"/> to the time of the analysis.</param>
public sealed record StalledInitiative(Initiative Initiative, string Area, DateTimeOffset LastMoved, int DaysSince);

/// <summary>The follow-up counts of one area or one office.</summary>
/// <param name="Key">The area id or office code.</param>
/// <param name="NeedsWithoutInitiative">Requests (of the area's subjects, or by the office) no live initiative answers.</param>
/// <param name="Stalled">Stalled initiatives (about the area's subjects, or with the office on either side).</param>
/// <param name="Open">Open initiatives (PROPOSED, AGREED, IN_PROGRESS) in the same sense.</param>
public sealed record FollowUpGroup(string Key, int NeedsWithoutInitiative, int Stalled, int Open);

/// <summary>The planner's follow-up question: which needs nobody is working on, and which initiatives stopped moving.</summary>
/// <param name="Now">The time the analysis was made at (stalled is measured to it).</param>
/// <param name="StalledDays">The threshold: an open initiative is stalled when its last step is at least this many days old.</param>
/// <param name="NeedsWithoutInitiative">Requests without a live initiative, in dataset order.</param>
/// <param name="Stalled">Stalled initiatives, longest-stalled first.</param>
/// <param name="Areas">Per area, in dataset order; areas with nothing to follow up are included with zeros.</param>
/// <param name="Offices">Per office, in code order; only offices with something to follow up or an open initiative.</param>
/// <param name="Evidence">The rule and its parameters.</param>
public sealed record FollowUpResult(
    DateTimeOffset Now,
    int StalledDays,
    IReadOnlyList<NeedWithoutInitiative> NeedsWithoutInitiative,
    IReadOnlyList<StalledInitiative> Stalled,
    IReadOnlyList<FollowUpGroup> Areas,
    IReadOnlyList<FollowUpGroup> Offices,
    Evidence Evidence)
{
    /// <summary>
    /// Only what concerns <paramref name="area"/> (needs of its subjects, initiatives about them) and
    /// <paramref name="office"/> (its needs, initiatives it is part of); null keeps everything.
    /// </summary>
    public FollowUpResult Narrow(string? area, string? office)
    {
        if (area is null && office is null)
        {
            return this;
        }

        bool Involves(Initiative i) => office is null || i.RequestOffices.Contains(office) || i.OfferOffices.Contains(office);
        return this with
        {
            NeedsWithoutInitiative = [.. NeedsWithoutInitiative.Where(n => (area is null || n.Area == area) && (office is null || n.Office == office))],
            Stalled = [.. Stalled.Where(s => (area is null || s.Area == area) && Involves(s.Initiative))],
            Areas = [.. Areas.Where(a => area is null || a.Key == area)],
            Offices = [.. Offices.Where(o => office is null || o.Key == office)],
        };
    }
}
