namespace CoopGraph.Analytics.Needs;

/// <summary>How well a request, or a subject's worst request, can be met by other offices.</summary>
public enum NeedStatus
{
    /// <summary>No office other than the requester offers the subject.</summary>
    Unmet,

    /// <summary>Exactly one office other than the requester offers it.</summary>
    Fragile,

    /// <summary>Two or more other offices offer it.</summary>
    Covered,

    /// <summary>Nobody requests the subject (it is not a need).</summary>
    Unrequested,
}

/// <summary>Requests and offers of one subject.</summary>
/// <param name="Id">Subject id.</param>
/// <param name="Area">Area id.</param>
/// <param name="Status">The worst status among the subject's requests (<see cref="NeedStatus.Unrequested"/> without requests).</param>
/// <param name="Requesters">Requesting office codes, sorted.</param>
/// <param name="Offerers">Offering office codes, sorted.</param>
/// <param name="CrossCutting">Whether the subject is a cross-cutting course of action (a need every office shares; reported apart while nobody offers it).</param>
/// <param name="CoveredRequests">Requests with at least one other office offering the subject.</param>
/// <param name="CoverageRatio">CoveredRequests / requests (0 without requests).</param>
public sealed record SubjectNeed(
    string Id,
    string Area,
    NeedStatus Status,
    IReadOnlyList<string> Requesters,
    IReadOnlyList<string> Offerers,
    bool CrossCutting,
    int CoveredRequests,
    double CoverageRatio);

/// <summary>Roll-up of one area's (non-cross-cutting) subjects.</summary>
/// <param name="Area">Area id.</param>
/// <param name="Subjects">Number of subjects.</param>
/// <param name="Unmet">Subjects whose status is UNMET.</param>
/// <param name="Fragile">Subjects whose status is FRAGILE.</param>
/// <param name="Covered">Subjects whose status is COVERED.</param>
/// <param name="Requests">Requests in the area.</param>
/// <param name="CoveredRequests">Requests at least one other office can meet.</param>
/// <param name="CoverageRatio">CoveredRequests / Requests (0 without requests).</param>
public sealed record AreaNeeds(string Area, int Subjects, int Unmet, int Fragile, int Covered, int Requests, int CoveredRequests, double CoverageRatio);

/// <summary>One office's requests that nobody, or only one other office, can meet (cross-cutting subjects excluded).</summary>
/// <param name="Code">Office code.</param>
/// <param name="UnmetRequests">Subject ids no other office offers.</param>
/// <param name="FragileRequests">Subject ids exactly one other office offers.</param>
public sealed record OfficeNeeds(string Code, IReadOnlyList<string> UnmetRequests, IReadOnlyList<string> FragileRequests);

/// <summary>Unmet, fragile and covered needs, per subject, area and office.</summary>
/// <param name="Subjects">Every subject but those in <paramref name="CrossCutting"/>, in dataset order.</param>
/// <param name="CrossCutting">The cross-cutting subjects nobody offers, reported apart and left out of every roll-up (an offered one counts like any other).</param>
/// <param name="Areas">Per-area roll-up, in dataset order.</param>
/// <param name="Offices">Per office (code order), its unmet and fragile requests.</param>
/// <param name="CoverageRatio">Covered requests / requests over <paramref name="Subjects"/>.</param>
/// <param name="Evidence">Definitions; rests on the bipartite graph (no support edges).</param>
public sealed record UnmetNeedsResult(
    IReadOnlyList<SubjectNeed> Subjects,
    IReadOnlyList<SubjectNeed> CrossCutting,
    IReadOnlyList<AreaNeeds> Areas,
    IReadOnlyList<OfficeNeeds> Offices,
    double CoverageRatio,
    Evidence Evidence)
{
    /// <summary>The entry of subject <paramref name="id"/> (cross-cutting or not).</summary>
    /// <exception cref="KeyNotFoundException">No such subject.</exception>
    public SubjectNeed this[string id] =>
        Subjects.Concat(CrossCutting).FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"unknown subject '{id}'");
}
