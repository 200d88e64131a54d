namespace CoopGraph.Planning.WorldCafe;

/// <summary>
/// The weights of the World Café objective (docs/planning.md). The solver maximises
/// <c>InterestSeat·interest seats + Encounter·encounters − RepeatedPair·repeated pairs − Imbalance·imbalance</c>.
/// </summary>
/// <param name="InterestSeat">Per seat where the office requests or offers the table's subject.</param>
/// <param name="Encounter">Per distinct (requester, offerer, subject) meeting at a table on that subject.</param>
/// <param name="RepeatedPair">Per extra meeting of two offices that already sat together in an earlier round.</param>
/// <param name="Imbalance">Per office of difference between the largest and smallest table of a round, summed over rounds.</param>
public sealed record WorldCafeWeights(int InterestSeat = 2, int Encounter = 3, int RepeatedPair = 4, int Imbalance = 2)
{
    /// <summary>The default weights.</summary>
    public static WorldCafeWeights Default { get; } = new();
}

/// <summary>What to plan. Every null means "the default" (docs/planning.md says which).</summary>
/// <param name="Offices">Participating office codes, names or aliases; default: attending offices with a request or an offer.</param>
/// <param name="Rounds">Rounds (default 5).</param>
/// <param name="Tables">Tables per round; default: the fewest that seat everyone, ⌈offices / seats⌉.</param>
/// <param name="Seats">Seats per table (default 5: an office talks to up to four others).</param>
/// <param name="Subjects">Subject ids to discuss, one facilitator each; default chosen from demand (see <see cref="SubjectCount"/>).</param>
/// <param name="SubjectCount">How many subjects the default choice takes; default max(rounds, tables) + 1.</param>
/// <param name="MinutesPerRound">Length of a round (default 35); printed on the timetable.</param>
/// <param name="Weights">Objective weights; default <see cref="WorldCafeWeights.Default"/>.</param>
/// <param name="Seed">Seed of the solver and of the random baseline.</param>
/// <param name="TimeLimitSeconds">Wall-clock limit of the whole planning, the start plan and the model included (docs/planning.md).</param>
/// <param name="Workers">Solver threads (the search is deterministic for any number).</param>
/// <param name="WorkLimit">
/// CP-SAT deterministic-time budget (machine-independent work units); default 0.2 per second of the part of
/// <see cref="TimeLimitSeconds"/> left to CP-SAT (40 %). A solve that ends by proof or by this budget returns the same
/// plan on any machine.
/// </param>
/// <param name="SearchCycles">
/// Annealing cycles of the start-plan search (each a fixed number of moves per worker, the later ones restarting from
/// the best plan so far); default one per 4 s of <see cref="TimeLimitSeconds"/>, 1 to 5. Work, not time: the same
/// cycles give the same plan on any machine.
/// </param>
public sealed record WorldCafeOptions(
    IReadOnlyList<string>? Offices = null,
    int Rounds = 5,
    int? Tables = null,
    int Seats = 5,
    IReadOnlyList<string>? Subjects = null,
    int? SubjectCount = null,
    int MinutesPerRound = 35,
    WorldCafeWeights? Weights = null,
    int Seed = 1,
    double TimeLimitSeconds = 20,
    int Workers = 2,
    double? WorkLimit = null,
    int? SearchCycles = null)
{
    /// <summary>
    /// The most offices one café seats (200 tables of five): past it a plan is no longer one meeting, and the search's
    /// memory (offices² per chain) and time outgrow any limit a caller would set.
    /// </summary>
    public const int MaxOffices = 1000;
}
