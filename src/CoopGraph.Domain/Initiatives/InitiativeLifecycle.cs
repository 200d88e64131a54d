namespace CoopGraph.Domain.Initiatives;

/// <summary>
/// The one rule of how an initiative moves: PROPOSED → AGREED → IN_PROGRESS → COMPLETED, or DROPPED from any open
/// status. COMPLETED and DROPPED are final.
/// </summary>
public static class InitiativeLifecycle
{
    /// <summary>The statuses <paramref name="from"/> may move to, in lifecycle order (empty when final).</summary>
    public static IReadOnlyList<InitiativeStatus> Allowed(InitiativeStatus from) => from switch
    {
        InitiativeStatus.Proposed => [InitiativeStatus.Agreed, InitiativeStatus.Dropped],
        InitiativeStatus.Agreed => [InitiativeStatus.InProgress, InitiativeStatus.Dropped],
        InitiativeStatus.InProgress => [InitiativeStatus.Completed, InitiativeStatus.Dropped],
        _ => [],
    };

    /// <summary>Whether an initiative in <paramref name="status"/> can still move.</summary>
    public static bool IsOpen(InitiativeStatus status) => status is InitiativeStatus.Proposed or InitiativeStatus.Agreed or InitiativeStatus.InProgress;

    /// <summary>The status as the API and the format spell it, e.g. <c>IN_PROGRESS</c>.</summary>
    public static string Name(InitiativeStatus status) => status switch
    {
        InitiativeStatus.Proposed => "PROPOSED",
        InitiativeStatus.Agreed => "AGREED",
        InitiativeStatus.InProgress => "IN_PROGRESS",
        InitiativeStatus.Completed => "COMPLETED",
        _ => "DROPPED",
    };

    /// <summary>The status spelled <paramref name="name"/> exactly (<c>PROPOSED</c> ... <c>DROPPED</c>), or null.</summary>
    public static InitiativeStatus? Parse(string name) =>
        Enum.GetValues<InitiativeStatus>().Select(s => (InitiativeStatus?)s).FirstOrDefault(s => Name(s!.Value) == name);

    /// <summary>Why moving from <paramref name="from"/> to <paramref name="to"/> is refused, or null when it is allowed.</summary>
    public static string? Refusal(InitiativeStatus from, InitiativeStatus to)
    {
        var allowed = Allowed(from);
        if (allowed.Contains(to))
        {
            return null;
        }

        return allowed.Count == 0
            ? $"cannot move from {Name(from)} to {Name(to)}: {Name(from)} is final"
            : $"cannot move from {Name(from)} to {Name(to)}: allowed are {string.Join(", ", allowed.Select(Name))}";
    }
}
