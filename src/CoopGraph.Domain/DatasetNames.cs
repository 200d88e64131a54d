namespace CoopGraph.Domain;

/// <summary>
/// What callers name on one dataset, resolved once per dataset version and shared by every front end (GraphQL, CLI,
/// analytics): offices by code, English name or alias (ignoring case and accents), subjects and areas by id; and the
/// words for a name that does not resolve, the same everywhere, each front end giving its own place (argument, option).
/// </summary>
public sealed class DatasetNames
{
    private readonly Dataset _dataset;
    private readonly Dictionary<string, Office> _offices;
    private readonly Dictionary<string, Subject> _subjects;
    private readonly Dictionary<string, Area> _areas;
    private readonly Lazy<OfficeLookup> _lookup;

    /// <summary>Indexes the names of <paramref name="dataset"/> (aliases only when first asked for).</summary>
    public DatasetNames(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _dataset = dataset;
        _offices = dataset.Offices.ToDictionary(o => o.Code, StringComparer.Ordinal);
        _subjects = dataset.Subjects.ToDictionary(s => s.Id, StringComparer.Ordinal);
        _areas = dataset.Areas.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _lookup = new(() => new OfficeLookup(dataset.Offices));
    }

    /// <summary>The office with exactly this code, or null.</summary>
    public Office? OfficeByCode(string code) => _offices.GetValueOrDefault(code);

    /// <summary>The office <paramref name="text"/> names (code, name or alias), or null.</summary>
    public Office? Office(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return OfficeByCode(text) ?? (_lookup.Value.Resolve(text) is { } code ? OfficeByCode(code) : null);
    }

    /// <summary>The subject with <paramref name="id"/>, or null.</summary>
    public Subject? Subject(string id) => _subjects.GetValueOrDefault(id);

    /// <summary>The area with <paramref name="id"/>, or null.</summary>
    public Area? Area(string id) => _areas.GetValueOrDefault(id);

    /// <summary>The words for an office name that does not resolve, e.g. <c>no office 'X' (use …)</c>; the caller puts its place before it.</summary>
    public static string NoOffice(string text) =>
        $"no office '{text}' (use an ISO alpha-3 code such as BRA, or a country name)";

    /// <summary>The words for an area id that does not resolve, naming the areas there are; the caller puts its place before it.</summary>
    public string NoArea(string id) =>
        $"no area '{id}' (areas: {string.Join(", ", _dataset.Areas.Select(a => a.Id))})";
}
