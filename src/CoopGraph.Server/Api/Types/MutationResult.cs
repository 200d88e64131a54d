using CoopGraph.Domain.Validation;
using CoopGraph.Server.Snapshots;

namespace CoopGraph.Server.Api.Types;

/// <summary>What a mutation returns.</summary>
/// <param name="Previous">The snapshot the mutation was applied to (the store's version at the time, not the one the request started on).</param>
/// <param name="Snapshot">The snapshot published after it.</param>
public sealed record MutationResult(DatasetSnapshot Previous, DatasetSnapshot Snapshot)
{
    /// <summary>The dataset version the mutation was applied to.</summary>
    public string PreviousVersion => Previous.Version;

    /// <summary>The validation warnings the edit brought in (see <see cref="ValidationReport.WarningsNotIn"/>).</summary>
    public IReadOnlyList<string> NewWarnings() => Snapshot.Validation.WarningsNotIn(Previous.Validation);
}
