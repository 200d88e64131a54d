using CoopGraph.Domain;

namespace CoopGraph.Storage;

/// <summary>The collections of a dataset a store persists separately, and which of them a write changed.</summary>
[Flags]
internal enum DatasetParts
{
    None = 0,
    Header = 1,
    Offices = 2,
    Areas = 4,
    Subjects = 8,
    Requests = 16,
    Offers = 32,
    Networks = 64,
    Initiatives = 128,
    All = Header | Offices | Areas | Subjects | Requests | Offers | Networks | Initiatives,
}

/// <summary>Compares two datasets part by part, so a store rewrites only what changed.</summary>
internal static class DatasetDiff
{
    /// <summary>The parts of <paramref name="after"/> that differ from <paramref name="before"/> (all of them when there is no before).</summary>
    public static DatasetParts Changed(Dataset? before, Dataset after)
    {
        if (before is null)
        {
            return DatasetParts.All;
        }

        var parts = DatasetParts.None;
        if (before.FormatVersion != after.FormatVersion || before.Name != after.Name || before.Source != after.Source ||
            !ReferenceEquals(before.Rounds, after.Rounds))
        {
            parts |= DatasetParts.Header;
        }

        // Records compare their list members by reference, so an unchanged item may look changed: that costs a
        // rewrite of its table, never a lost change.
        parts |= Same(before.Offices, after.Offices) ? 0 : DatasetParts.Offices;
        parts |= Same(before.Areas, after.Areas) ? 0 : DatasetParts.Areas;
        parts |= Same(before.Subjects, after.Subjects) ? 0 : DatasetParts.Subjects;
        parts |= Same(before.Requests, after.Requests) ? 0 : DatasetParts.Requests;
        parts |= Same(before.Offers, after.Offers) ? 0 : DatasetParts.Offers;
        parts |= Same(before.Networks, after.Networks) ? 0 : DatasetParts.Networks;
        parts |= Same(before.Initiatives, after.Initiatives) ? 0 : DatasetParts.Initiatives;
        return parts;
    }

    private static bool Same<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) => ReferenceEquals(a, b) || a.SequenceEqual(b);
}
