using CoopGraph.Domain;

namespace CoopGraph.Analytics.Matching;

/// <summary>What the capacity c of a match plan limits.</summary>
public enum CapacityMode
{
    /// <summary>Each offering office serves at most c requests in all (the default).</summary>
    Total,

    /// <summary>Each offering office serves at most c requests per subject it offers.</summary>
    PerSubject,
}

/// <summary>One request assigned to one offering office.</summary>
/// <param name="Office">Requesting office code.</param>
/// <param name="Subject">Subject id.</param>
/// <param name="Provider">Office code assigned to serve it.</param>
/// <param name="Request">The request, with provenance.</param>
/// <param name="Offer">The provider's offer, with provenance.</param>
public sealed record MatchAssignment(string Office, string Subject, string Provider, Request Request, Offer Offer);

/// <summary>A request the plan leaves unserved, and why.</summary>
/// <param name="Office">Requesting office code.</param>
/// <param name="Subject">Subject id.</param>
/// <param name="Reason"><c>no other office offers the subject</c> or <c>every office offering it is at capacity</c>.</param>
public sealed record UnassignedRequest(string Office, string Subject, string Reason);

/// <summary>A plan covering as many requests as possible under the capacity limit.</summary>
/// <param name="Capacity">The capacity c.</param>
/// <param name="Mode">Whether c is per office in total or per office and subject.</param>
/// <param name="Requests">Requests considered (every request of a non-cross-cutting subject).</param>
/// <param name="Coverable">Requests some other office offers (the most any capacity could cover).</param>
/// <param name="Assigned">Requests the plan covers (a maximum).</param>
/// <param name="CoveragePercent">100 · Assigned / Requests (0 without requests).</param>
/// <param name="Assignments">Assignments, by subject (dataset order) then requesting office.</param>
/// <param name="Unassigned">Requests left unserved, in the same order.</param>
/// <param name="Evidence">Algorithm and parameters.</param>
public sealed record MatchPlanResult(
    int Capacity,
    CapacityMode Mode,
    int Requests,
    int Coverable,
    int Assigned,
    double CoveragePercent,
    IReadOnlyList<MatchAssignment> Assignments,
    IReadOnlyList<UnassignedRequest> Unassigned,
    Evidence Evidence);
