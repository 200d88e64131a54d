using CoopGraph.Domain;
using CoopGraph.Domain.Changes;
using CoopGraph.Domain.Validation;

namespace CoopGraph.Storage;

/// <summary>
/// One write as both stores perform it inside their transaction: check the version, compute the result with
/// <see cref="DatasetEditor"/>, and name the history entries. The stores only persist what this decides.
/// </summary>
/// <param name="Edit">Computes the new dataset from the stored one (null when the store was never written).</param>
/// <param name="Entries">The history entries (kind, target) the write records.</param>
internal sealed record StoreWrite(Func<Dataset?, LoadResult> Edit, IReadOnlyList<(string Kind, string Target)> Entries)
{
    /// <summary>What a store that was never written holds.</summary>
    public static Dataset Nothing { get; } = Dataset.Empty("coopgraph");

    /// <summary>A batch of changes.</summary>
    public static StoreWrite Apply(IReadOnlyList<Change> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return new(current => DatasetEditor.Apply(current ?? Nothing, changes), [.. changes.Select(c => (c.Kind, c.Target))]);
    }

    /// <summary>An import. Into a store never written, a merge keeps the imported name and source, as a replace does.</summary>
    public static StoreWrite Import(Dataset incoming, ImportMode mode)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return new(
            current => DatasetEditor.Import(current ?? Dataset.Empty(incoming.Name) with { Source = incoming.Source }, incoming, mode),
            [(mode == ImportMode.Merge ? "import:merge" : "import:replace", incoming.Name)]);
    }

    /// <summary>The dataset after the write; throws (and the store writes nothing) on a version conflict or an invalid result.</summary>
    /// <exception cref="StoreConflictException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="StoreValidationException">The result would be invalid.</exception>
    public Dataset Decide(Dataset? current, string? expectedVersion)
    {
        var actual = (current ?? Nothing).Version;
        if (expectedVersion is not null && expectedVersion != actual)
        {
            throw new StoreConflictException(expectedVersion, actual);
        }

        var result = Edit(current);
        return result.Dataset ?? throw new StoreValidationException(result.Report);
    }
}
