using CoopGraph.Server.Snapshots;

namespace CoopGraph.Server.Api.Types;

/// <summary>What a mutation returns.</summary>
/// <param name="Previous">The snapshot the mutation was applied to (the store's version at the time, not the one the request started on).</param>
/// <param name="Snapshot">The snapshot published after it.</param>
public sealed record MutationResult(DatasetSnapshot Previous, DatasetSnapshot Snapshot)
{
    /// <summary>The dataset version the mutation was applied to.</summary>
    public string PreviousVersion => Previous.Version;

    /// <summary>
    /// Validation warnings the edit brought in (e.g. a code that is not ISO 3166-1 alpha-3): those of the new dataset
    /// whose message the previous dataset did not have. Warnings never stop an edit, so this is where a caller sees them.
    /// </summary>
    public IReadOnlyList<string> NewWarnings()
    {
        var before = Previous.WarningMessages.ToHashSet(StringComparer.Ordinal);
        return [.. Snapshot.WarningMessages.Where(m => !before.Contains(m))];
    }
}
