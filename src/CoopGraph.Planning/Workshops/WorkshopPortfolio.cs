namespace CoopGraph.Planning.Workshops;

/// <summary>A request a workshop answers, with its weight.</summary>
/// <param name="Office">Requesting office.</param>
/// <param name="Weight">Its weight in the objective.</param>
/// <param name="Isolated">Whether the requester carries an isolation flag.</param>
public sealed record WorkshopRequest(string Office, int Weight, bool Isolated);

/// <summary>One workshop.</summary>
/// <param name="Subject">Subject id.</param>
/// <param name="Status">The subject's need status (UNMET, FRAGILE, COVERED).</param>
/// <param name="Hosts">Offices that offer the subject (co-hosts).</param>
/// <param name="Participants">The requests it answers, one per participant.</param>
/// <param name="Value">Summed weight of those requests.</param>
public sealed record Workshop(string Subject, string Status, IReadOnlyList<string> Hosts, IReadOnlyList<WorkshopRequest> Participants, int Value);

/// <summary>A set of K workshops.</summary>
/// <param name="Workshops">The workshops, by subject order.</param>
/// <param name="Objective">Summed weight of the requests answered.</param>
/// <param name="CoveredRequests">Requests answered.</param>
public sealed record WorkshopPlan(IReadOnlyList<Workshop> Workshops, int Objective, int CoveredRequests);

/// <summary>The CP-SAT portfolio, the greedy one for comparison, and the solve.</summary>
/// <param name="DatasetVersion">Dataset version planned on.</param>
/// <param name="Workshops">K.</param>
/// <param name="Capacity">C.</param>
/// <param name="Weights">Weights used.</param>
/// <param name="CoverableRequests">Requests some other office offers (the most any portfolio can answer).</param>
/// <param name="Optimal">The CP-SAT plan.</param>
/// <param name="Greedy">Greedy: K times, the workshop answering the heaviest still-unanswered requests.</param>
/// <param name="Solver">Status, bound and gap.</param>
public sealed record WorkshopPortfolio(
    string DatasetVersion,
    int Workshops,
    int Capacity,
    WorkshopWeights Weights,
    int CoverableRequests,
    WorkshopPlan Optimal,
    WorkshopPlan Greedy,
    SolverReport Solver);
