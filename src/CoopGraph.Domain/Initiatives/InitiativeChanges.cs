using CoopGraph.Domain.Changes;

namespace CoopGraph.Domain.Initiatives;

/// <summary>
/// Records a new initiative as PROPOSED. Proposing again exactly what is recorded (same id, title, subject, offices,
/// round) changes nothing, so a retried request is harmless; the same id with other content is refused.
/// </summary>
/// <param name="Id">The new initiative's id.</param>
/// <param name="Title">What it does.</param>
/// <param name="Subject">The subject id.</param>
/// <param name="RequestOffices">Offices whose request it answers.</param>
/// <param name="OfferOffices">Offices whose offer it draws on.</param>
/// <param name="Round">The round it is proposed in, if any.</param>
/// <param name="At">When it was proposed.</param>
/// <param name="Actor">Who proposes it.</param>
/// <param name="Note">Why, or where it was recorded.</param>
public sealed record ProposeInitiative(
    string Id, string Title, string Subject, IReadOnlyList<string> RequestOffices, IReadOnlyList<string> OfferOffices,
    string? Round, DateTimeOffset At, string Actor, string? Note) : Change
{
    /// <inheritdoc />
    public override string Kind => "proposeInitiative";

    /// <inheritdoc />
    public override string Target => Id;

    /// <summary>The initiative this proposes.</summary>
    public Initiative ToInitiative() =>
        new(Id, Title, Subject, RequestOffices, OfferOffices, Round, [new InitiativeStep(InitiativeStatus.Proposed, At, Actor, Note)]);
}

/// <summary>
/// Moves an initiative to <paramref name="Status"/>, when the lifecycle allows it. Repeating the last step (same
/// status, actor and note) changes nothing, so a retried request is harmless.
/// </summary>
/// <param name="Id">The initiative.</param>
/// <param name="Status">The status it moves to.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who records it.</param>
/// <param name="Note">Why, or what was decided.</param>
public sealed record AdvanceInitiative(string Id, InitiativeStatus Status, DateTimeOffset At, string Actor, string? Note) : Change
{
    /// <inheritdoc />
    public override string Kind => "advanceInitiative";

    /// <inheritdoc />
    public override string Target => $"{Id}:{InitiativeLifecycle.Name(Status)}";
}

/// <summary>Applies the initiative changes to a working list, for <see cref="DatasetEditor"/>.</summary>
internal static class InitiativeEdits
{
    /// <summary>Applies <paramref name="change"/> to <paramref name="initiatives"/>; returns the problem, or null.</summary>
    public static string? Apply(List<Initiative> initiatives, Change change)
    {
        switch (change)
        {
            case ProposeInitiative p:
                {
                    var existing = initiatives.FindIndex(i => i.Id == p.Id);
                    if (existing < 0)
                    {
                        initiatives.Add(p.ToInitiative());
                        return null;
                    }

                    var e = initiatives[existing];
                    return e.Title == p.Title && e.Subject == p.Subject && e.Round == p.Round
                        && e.RequestOffices.SequenceEqual(p.RequestOffices) && e.OfferOffices.SequenceEqual(p.OfferOffices)
                        ? null
                        : $"initiative '{p.Id}' already exists with other content: choose another id, or advance it";
                }

            case AdvanceInitiative a:
                {
                    var index = initiatives.FindIndex(i => i.Id == a.Id);
                    if (index < 0)
                    {
                        return $"unknown initiative '{a.Id}'";
                    }

                    var current = initiatives[index];
                    var last = current.Steps.Count == 0 ? null : current.Steps[^1];
                    if (last is not null && last.Status == a.Status && last.Actor == a.Actor && last.Note == a.Note)
                    {
                        return null;
                    }

                    if (InitiativeLifecycle.Refusal(current.Status(), a.Status) is { } refusal)
                    {
                        return $"initiative '{a.Id}': {refusal}";
                    }

                    if (last is not null && a.At < last.At)
                    {
                        return $"initiative '{a.Id}': the step is dated {a.At:O}, before its last step ({last.At:O})";
                    }

                    initiatives[index] = current with { Steps = [.. current.Steps, new InitiativeStep(a.Status, a.At, a.Actor, a.Note)] };
                    return null;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, "not an initiative change");
        }
    }
}
