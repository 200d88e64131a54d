namespace CoopGraph.Analytics.WhatIf;

/// <summary>Which list of a <see cref="WhatIfScenario"/> an entry belongs to.</summary>
public enum ScenarioList
{
    /// <summary><see cref="WhatIfScenario.RemoveOffices"/>.</summary>
    RemoveOffices,

    /// <summary><see cref="WhatIfScenario.AddOffers"/>.</summary>
    AddOffers,
}

/// <summary>
/// An entry of a scenario that cannot be applied. The message names the entry logically (the scenario's list and the
/// entry's index); each front end names it as its own argument instead, through <see cref="Describe"/>.
/// </summary>
public sealed class ScenarioException : ArgumentException
{
    /// <summary>A problem with entry <paramref name="index"/> of <paramref name="list"/>.</summary>
    public ScenarioException(ScenarioList list, int index, string problem)
        : base($"{(list == ScenarioList.RemoveOffices ? "offices to remove" : "offers to add")} [{index}]: {problem}")
    {
        List = list;
        Index = index;
        Problem = problem;
    }

    /// <summary>Not for use: a scenario error names its entry.</summary>
    public ScenarioException()
        : this(ScenarioList.RemoveOffices, 0, "invalid entry")
    {
    }

    /// <summary>Not for use: a scenario error names its entry.</summary>
    public ScenarioException(string message)
        : base(message)
    {
        Problem = message;
    }

    /// <summary>Not for use: a scenario error names its entry.</summary>
    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problem = message;
    }

    /// <summary>The list the entry is in.</summary>
    public ScenarioList List { get; }

    /// <summary>The entry's index in its list.</summary>
    public int Index { get; }

    /// <summary>What is wrong with the entry, without its place, e.g. <c>unknown office 'XXX'</c>.</summary>
    public string Problem { get; }

    /// <summary>
    /// The problem placed under a front end's own argument names: <paramref name="removeOffices"/> (a list of offices, so
    /// not indexed: the office names itself) or <paramref name="addOffers"/> with the entry's index.
    /// </summary>
    public string Describe(string removeOffices, string addOffers) =>
        List == ScenarioList.RemoveOffices ? $"{removeOffices}: {Problem}" : $"{addOffers}[{Index}]: {Problem}";
}
