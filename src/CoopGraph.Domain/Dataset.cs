using System.Text.Json.Serialization;
using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Initiatives;

namespace CoopGraph.Domain;

/// <summary>
/// An immutable cooperation network: offices, areas, subjects, the requests and offers that link them, and networks.
/// </summary>
/// <param name="FormatVersion">Version of the canonical JSON format (currently 1).</param>
/// <param name="Name">Short name, e.g. <c>lima-2022</c>.</param>
/// <param name="Source">Citation of where the data comes from.</param>
/// <param name="Offices">All offices, requesting, offering or neither.</param>
/// <param name="Areas">Thematic areas.</param>
/// <param name="Subjects">Subjects, each in one area.</param>
/// <param name="Requests">Needs: office requests subject.</param>
/// <param name="Offers">Capacities: office offers subject.</param>
/// <param name="Networks">Named standing networks.</param>
public sealed record Dataset(
    int FormatVersion,
    string Name,
    string? Source,
    IReadOnlyList<Office> Offices,
    IReadOnlyList<Area> Areas,
    IReadOnlyList<Subject> Subjects,
    IReadOnlyList<Request> Requests,
    IReadOnlyList<Offer> Offers,
    IReadOnlyList<Network> Networks)
{
    /// <summary>The format version this code writes.</summary>
    public const int CurrentFormatVersion = 1;

    private string? _version;

    // A copy made with `with` is other content: it must not inherit the cached version.
    private Dataset(Dataset original)
    {
        FormatVersion = original.FormatVersion;
        Name = original.Name;
        Source = original.Source;
        Offices = original.Offices;
        Areas = original.Areas;
        Subjects = original.Subjects;
        Requests = original.Requests;
        Offers = original.Offers;
        Networks = original.Networks;
        Initiatives = original.Initiatives;
    }

    /// <summary>Cooperation initiatives and their history (the JSON leaves the array out when there are none).</summary>
    public IReadOnlyList<Initiative> Initiatives { get; init; } = [];

    /// <summary>
    /// Content hash of the canonical JSON (first 16 hex digits of its SHA-256): equal data, equal version,
    /// so analytics results can name the exact snapshot they were computed on.
    /// </summary>
    [JsonIgnore]
    public string Version => _version ??= DatasetJson.VersionOf(this);

    /// <summary>Two datasets are equal when their canonical JSON is (lists compare by content, not by reference).</summary>
    public bool Equals(Dataset? other) => other is not null && Version == other.Version;

    /// <inheritdoc />
    public override int GetHashCode() => Version.GetHashCode(StringComparison.Ordinal);

    /// <summary>An empty dataset with the given name.</summary>
    public static Dataset Empty(string name) => new(CurrentFormatVersion, name, null, [], [], [], [], [], []);

    /// <summary>Finds an office by code, or null.</summary>
    public Office? FindOffice(string code) => Offices.FirstOrDefault(o => o.Code == code);

    /// <summary>Finds a subject by id, or null.</summary>
    public Subject? FindSubject(string id) => Subjects.FirstOrDefault(s => s.Id == id);
}
