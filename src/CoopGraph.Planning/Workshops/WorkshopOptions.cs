namespace CoopGraph.Planning.Workshops;

/// <summary>
/// The value of a covered request (docs/planning.md): <c>Base</c>, plus <c>IsolatedOffice</c> when the requester has an
/// isolation flag, plus <c>UnmetSubject</c> or <c>FragileSubject</c> by the subject's status.
/// </summary>
/// <param name="Base">Every covered request.</param>
/// <param name="IsolatedOffice">Extra when the requester carries an isolation flag (no support, no partners, single supporter).</param>
/// <param name="UnmetSubject">Extra when the subject's status is UNMET (some requester has no other offerer).</param>
/// <param name="FragileSubject">Extra when the subject's status is FRAGILE (some requester has exactly one other offerer).</param>
public sealed record WorkshopWeights(int Base = 2, int IsolatedOffice = 2, int UnmetSubject = 2, int FragileSubject = 1)
{
    /// <summary>The default weights.</summary>
    public static WorkshopWeights Default { get; } = new();
}

/// <summary>What to plan.</summary>
/// <param name="Workshops">K: how many workshops the budget pays for (default 5).</param>
/// <param name="Capacity">C: participants per workshop, hosts not counted (default 8).</param>
/// <param name="Weights">Request weights; default <see cref="WorkshopWeights.Default"/>.</param>
/// <param name="Seed">Solver seed.</param>
/// <param name="TimeLimitSeconds">Wall-clock limit of the solve.</param>
/// <param name="Workers">Solver threads.</param>
public sealed record WorkshopOptions(
    int Workshops = 5,
    int Capacity = 8,
    WorkshopWeights? Weights = null,
    int Seed = 1,
    double TimeLimitSeconds = 10,
    int Workers = 2);
