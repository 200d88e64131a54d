namespace CoopGraph.Analytics.WhatIf;

/// <summary>One supporter and every office that loses (or gains) it in a scenario.</summary>
/// <param name="Supporter">The supporter's office code.</param>
/// <param name="Offices">The offices it no longer helps (or now helps), in code order.</param>
public sealed record SupporterGroup(string Supporter, IReadOnlyList<string> Offices);

/// <summary>
/// A what-if's supporter changes grouped by supporter: "Brazil no longer helps 16 offices: …" once, rather than "X loses
/// Brazil" sixteen times. The page and the CLI both read these groups.
/// </summary>
public static class SupporterGroups
{
    /// <summary>Supporters lost, the one that most offices lose first (then by code).</summary>
    public static IReadOnlyList<SupporterGroup> Lost(WhatIfResult result) => Group(result, c => c.Lost);

    /// <summary>Supporters gained, the one that most offices gain first (then by code).</summary>
    public static IReadOnlyList<SupporterGroup> Gained(WhatIfResult result) => Group(result, c => c.Gained);

    private static List<SupporterGroup> Group(WhatIfResult result, Func<SupporterChange, IReadOnlyList<string>> side)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.SupporterChanges
            .SelectMany(c => side(c).Select(s => (Supporter: s, c.Office)))
            .GroupBy(x => x.Supporter, StringComparer.Ordinal)
            .Select(g => new SupporterGroup(g.Key, [.. g.Select(x => x.Office).Order(StringComparer.Ordinal)]))
            .OrderByDescending(g => g.Offices.Count)
            .ThenBy(g => g.Supporter, StringComparer.Ordinal)];
    }
}
