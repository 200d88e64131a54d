namespace CoopGraph.Planning.WorldCafe;

/// <summary>One subject on the programme, with its facilitator's reference material.</summary>
/// <param name="Id">Subject id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Request">The request as the source words it.</param>
/// <param name="Requesters">Participating offices that request it.</param>
/// <param name="Offerers">Participating offices that offer it.</param>
public sealed record CafeSubject(string Id, string Name, string? Request, IReadOnlyList<string> Requesters, IReadOnlyList<string> Offerers);

/// <summary>An offer's wording, to open the conversation.</summary>
/// <param name="Office">Offering office.</param>
/// <param name="Wording">The source's "possible offers of collaboration" text (null when the source gives none).</param>
public sealed record CafeOfferLine(string Office, string? Wording);

/// <summary>A request seated with an offer on the table's subject.</summary>
/// <param name="Requester">The office that requests the subject.</param>
/// <param name="Offerer">The office that offers it.</param>
public sealed record CafeEncounter(string Requester, string Offerer);

/// <summary>One table in one round: the timetable cell and the facilitator's sheet.</summary>
/// <param name="Round">Round number, from 1.</param>
/// <param name="Table">Table number within the round, from 1.</param>
/// <param name="Subject">Subject id discussed.</param>
/// <param name="Offices">Seated offices, sorted.</param>
/// <param name="Requesters">Seated offices that request the subject.</param>
/// <param name="Offerers">Seated offices that offer it.</param>
/// <param name="Others">Seated offices that neither request nor offer it (useless seats).</param>
/// <param name="Offers">The offerers' wordings.</param>
/// <param name="Encounters">Every request at the table that meets an offer.</param>
public sealed record CafeTable(
    int Round,
    int Table,
    string Subject,
    IReadOnlyList<string> Offices,
    IReadOnlyList<string> Requesters,
    IReadOnlyList<string> Offerers,
    IReadOnlyList<string> Others,
    IReadOnlyList<CafeOfferLine> Offers,
    IReadOnlyList<CafeEncounter> Encounters);

/// <summary>Where an office sits in one round.</summary>
/// <param name="Round">Round number, from 1.</param>
/// <param name="Table">Table number.</param>
/// <param name="Subject">Subject id.</param>
/// <param name="Role">REQUESTS, OFFERS, BOTH or NEITHER: the office's stake in the subject.</param>
/// <param name="With">The other offices at the table.</param>
public sealed record CafeStop(int Round, int Table, string Subject, string Role, IReadOnlyList<string> With);

/// <summary>One office's day.</summary>
/// <param name="Office">Office code.</param>
/// <param name="Stops">One stop per round.</param>
public sealed record CafeItinerary(string Office, IReadOnlyList<CafeStop> Stops);

/// <summary>A World Café plan, its figures, the random baseline's and the solver's report.</summary>
/// <param name="DatasetVersion">Version of the dataset planned on.</param>
/// <param name="Offices">Participating offices.</param>
/// <param name="Subjects">Subjects on the programme.</param>
/// <param name="Rounds">Rounds.</param>
/// <param name="Tables">Tables per round.</param>
/// <param name="Seats">Seats per table.</param>
/// <param name="MinutesPerRound">Minutes per round.</param>
/// <param name="Weights">Objective weights used.</param>
/// <param name="Timetable">Every table of every round (round, then table order).</param>
/// <param name="Itineraries">Every office's day (office order).</param>
/// <param name="Figures">The plan's figures.</param>
/// <param name="Baseline">The seeded random plan's figures (null when no random plan was found).</param>
/// <param name="Solver">How the solve ended: status, bound, gap, time.</param>
/// <param name="RepeatsModel">ALL_PAIRS; or ENCOUNTER_PAIRS when the instance is too large to model every meeting, and the solver counts only repeated encounters (the figures still count every repeat, so the bound stays a true bound).</param>
/// <param name="PlanSource">CP_SAT, or GREEDY_START when the start plan CP-SAT was given (greedy, then annealed) is returned: CP-SAT found no plan in time, or none scoring more than it.</param>
public sealed record WorldCafePlan(
    string DatasetVersion,
    IReadOnlyList<string> Offices,
    IReadOnlyList<CafeSubject> Subjects,
    int Rounds,
    int Tables,
    int Seats,
    int MinutesPerRound,
    WorldCafeWeights Weights,
    IReadOnlyList<CafeTable> Timetable,
    IReadOnlyList<CafeItinerary> Itineraries,
    CafeFigures Figures,
    CafeFigures? Baseline,
    SolverReport Solver,
    string RepeatsModel,
    string PlanSource);
