namespace CoopGraph.Analytics.Needs;

/// <summary>
/// The words of the need vocabulary, defined once: the GraphQL enum's descriptions, the CLI's Markdown legend and the
/// page's legend (read from the API) all take them from here, so a status reads the same everywhere.
/// </summary>
public static class NeedWords
{
    /// <summary>How a subject's status follows from its requests' statuses.</summary>
    public const string SubjectRule =
        "A subject takes the worst status of its requests, so one requester left alone shows even if others are served. " +
        "Each request has its own status, from the offices other than the requester that offer the subject.";

    /// <summary>What "cross-cutting" means beside a status.</summary>
    public const string CrossCuttingMeaning =
        "A course of action every office shares. It is a property beside the status, not a status: while nobody offers it, " +
        "it is UNMET for every requester and is listed apart, outside the area roll-ups, the offices' unmet lists and the match plan; " +
        "once offered it counts like any other subject.";

    /// <summary>The status as the API spells it (<c>UNMET</c>).</summary>
    public static string Name(NeedStatus status) => status switch
    {
        NeedStatus.Unmet => "UNMET",
        NeedStatus.Fragile => "FRAGILE",
        NeedStatus.Covered => "COVERED",
        NeedStatus.Unrequested => "UNREQUESTED",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>What the status means, for one request (and so for a subject's worst request).</summary>
    public static string Meaning(NeedStatus status) => status switch
    {
        NeedStatus.Unmet => "No office other than the requester offers the subject: the request has nobody to turn to.",
        NeedStatus.Fragile => "Exactly one office other than the requester offers it: losing that office would leave the request unmet.",
        NeedStatus.Covered => "Two or more offices other than the requester offer it.",
        NeedStatus.Unrequested => "No office requests the subject, so it is not a need.",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The status with the cross-cutting property beside it: <c>UNMET (cross-cutting)</c>.</summary>
    public static string Label(NeedStatus status, bool crossCutting) => crossCutting ? $"{Name(status)} (cross-cutting)" : Name(status);

    /// <summary>
    /// Why one request has its status, naming the requester and the offices it can turn to. An offerer that also requests
    /// the subject does not count as its own helper, which is why a FRAGILE subject may list two offerers.
    /// </summary>
    /// <param name="requester">The requesting office's name.</param>
    /// <param name="status">The request's own status.</param>
    /// <param name="helpers">Names of the offices other than the requester that offer the subject.</param>
    /// <param name="offersItself">Whether the requester offers the subject too.</param>
    /// <param name="crossCutting">Whether the subject is cross-cutting.</param>
    public static string Exposure(string requester, NeedStatus status, IReadOnlyList<string> helpers, bool offersItself, bool crossCutting)
    {
        ArgumentNullException.ThrowIfNull(helpers);
        var itself = offersItself ? $" ({requester} offers it too, which does not count as help for itself)" : "";
        return status switch
        {
            NeedStatus.Unmet when crossCutting => $"{requester} has nobody to turn to: no office offers this cross-cutting course of action{itself}",
            NeedStatus.Unmet => $"{requester} has nobody to turn to: no other office offers it{itself}",
            NeedStatus.Fragile => $"{requester} can turn only to {helpers[0]}{itself}; losing {helpers[0]} would leave it unmet",
            NeedStatus.Covered => $"{requester} can turn to {helpers.Count} offices: {string.Join(", ", helpers)}{itself}",
            _ => $"{requester} does not request it",
        };
    }
}
