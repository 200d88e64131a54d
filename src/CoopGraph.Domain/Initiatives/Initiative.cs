using System.Text.Json.Serialization;

namespace CoopGraph.Domain.Initiatives;

/// <summary>
/// A cooperation initiative: offices that offer a subject agree to help offices that request it. Its history is a
/// list of dated steps; the last one is its status.
/// </summary>
/// <param name="Id">Stable identifier (lower-case letters, digits and dashes), chosen by whoever proposes it.</param>
/// <param name="Title">What the initiative does, in a line.</param>
/// <param name="Subject">The subject id every answered request and every offer share.</param>
/// <param name="RequestOffices">Codes of the offices whose request of <paramref name="Subject"/> it answers.</param>
/// <param name="OfferOffices">Codes of the offices whose offer of <paramref name="Subject"/> it draws on.</param>
/// <param name="Round">The round in which it was proposed, when the dataset has rounds.</param>
/// <param name="Steps">Its transitions, oldest first; the first is always <see cref="InitiativeStatus.Proposed"/>.</param>
public sealed record Initiative(
    string Id,
    string Title,
    string Subject,
    IReadOnlyList<string> RequestOffices,
    IReadOnlyList<string> OfferOffices,
    string? Round,
    IReadOnlyList<InitiativeStep> Steps)
{
    // Methods, not properties: the format has no such fields, and an ignored property would let the reader accept them.

    /// <summary>The status after the last step.</summary>
    public InitiativeStatus Status() => Steps.Count == 0 ? InitiativeStatus.Proposed : Steps[^1].Status;

    /// <summary>When it last moved (its last step), or null for a malformed initiative with no step.</summary>
    public DateTimeOffset? LastMoved() => Steps.Count == 0 ? null : Steps[^1].At;

    /// <summary>Whether it still can move (neither completed nor dropped).</summary>
    public bool IsOpen() => InitiativeLifecycle.IsOpen(Status());
}

/// <summary>One dated transition of an initiative.</summary>
/// <param name="Status">The status it moved to.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Actor">Who recorded it (the API key's name, or the importer).</param>
/// <param name="Note">Why, or what was decided.</param>
public sealed record InitiativeStep([property: JsonConverter(typeof(InitiativeStatusJsonConverter))] InitiativeStatus Status, DateTimeOffset At, string Actor, string? Note);

/// <summary>Where an initiative stands.</summary>
public enum InitiativeStatus
{
    /// <summary>Recorded as possible (e.g. in the meeting's table of initiatives).</summary>
    Proposed,

    /// <summary>The offices involved agreed to do it.</summary>
    Agreed,

    /// <summary>Work has started.</summary>
    InProgress,

    /// <summary>Done.</summary>
    Completed,

    /// <summary>Abandoned before completion.</summary>
    Dropped,
}
