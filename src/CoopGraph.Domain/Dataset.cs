using System.Text.Json.Serialization;
using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Initiatives;

namespace CoopGraph.Domain;

/// <summary>
/// An immutable cooperation network: offices, areas, subjects, the requests and offers that link them, and networks.
/// </summary>
/// <param name="FormatVersion">Version of the canonical JSON format: 1 (one round), or 2 (with <see cref="Rounds"/>).</param>
/// <param name="Name">Short name, e.g. <c>lima-2022</c>.</param>
/// <param name="Source">Citation of where the data comes from.</param>
/// <param name="Offices">All offices, requesting, offering or neither.</param>
/// <param name="Areas">Thematic areas.</param>
/// <param name="Subjects">Subjects, each in one area.</param>
/// <param name="Requests">Needs: office requests subject (in the latest round).</param>
/// <param name="Offers">Capacities: office offers subject (in the latest round).</param>
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
    /// <summary>The format version of a dataset without rounds (what this code writes for one).</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The format version of a dataset with <see cref="Rounds"/>.</summary>
    public const int RoundsFormatVersion = 2;

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
        Rounds = original.Rounds;
    }

    /// <summary>
    /// The rounds in order, oldest first (format version 2); null for a version-1 dataset, which holds one implicit
    /// round (<see cref="AllRounds"/>). The last round's requests and offers are the dataset's own
    /// (<see cref="Requests"/>, <see cref="Offers"/>); every earlier round carries its own.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Round>? Rounds { get; init; }

    /// <summary>Every round, oldest first: the declared ones, or the one implicit round of a version-1 dataset.</summary>
    [JsonIgnore]
    public IReadOnlyList<Round> AllRounds => Rounds is { Count: > 0 } rounds ? rounds : [new Round(Round.ImplicitId, Name, null, null)];

    /// <summary>The latest round (whose requests and offers are the dataset's own).</summary>
    [JsonIgnore]
    public Round LatestRound => AllRounds[^1];

    /// <summary>Finds a round by id, or null.</summary>
    public Round? FindRound(string id) => AllRounds.FirstOrDefault(r => r.Id == id);

    /// <summary>True when the dataset holds a round with this id.</summary>
    public bool HasRound(string id) => FindRound(id) is not null;

    /// <summary>
    /// The dataset as it stood at round <paramref name="roundId"/>: that round's requests and offers, the rounds up to
    /// it (it becomes the latest), and the initiatives proposed in those rounds (with their steps to date). The latest round gives this dataset itself, so its analyses are the default ones.
    /// </summary>
    /// <exception cref="ArgumentException">No round has this id.</exception>
    public Dataset AtRound(string roundId)
    {
        var all = AllRounds;
        var index = -1;
        for (var i = 0; i < all.Count && index < 0; i++)
        {
            index = all[i].Id == roundId ? i : -1;
        }

        if (index < 0)
        {
            throw new ArgumentException($"unknown round '{roundId}' (rounds: {string.Join(", ", all.Select(r => r.Id))})", nameof(roundId));
        }

        if (index == all.Count - 1)
        {
            return this;
        }

        var round = all[index];
        var upTo = all.Take(index + 1).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return this with
        {
            Requests = round.Requests ?? [],
            Offers = round.Offers ?? [],
            Rounds = [.. all.Take(index), round with { Requests = null, Offers = null }],
            // An initiative proposed in a later round did not exist yet (one naming no round counts as the latest's).
            Initiatives = [.. Initiatives.Where(i => i.Round is not null && upTo.Contains(i.Round))],
        };
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

    /// <summary>
    /// True when a validation of exactly this content found no error. Like <see cref="Version"/> it is a property of
    /// the content, kept once known (a copy made with <c>with</c> is other content and starts unknown), so an edit of
    /// a dataset known valid checks only what the edit touches (<see cref="Changes.DatasetEditor.Apply"/>).
    /// </summary>
    internal bool KnownValid { get; set; }

    /// <summary>
    /// The dataset this one was edited from, while this one's version is not yet computed: the canonical bytes of the
    /// items they share are taken from it instead of being written again (<see cref="DatasetJson.VersionOf"/>). Weak, so
    /// a chain of edits whose versions nobody asks for keeps no earlier dataset alive.
    /// </summary>
    internal WeakReference<Dataset>? EditedFrom { get; set; }

    /// <summary>The canonical bytes of this dataset's requests and offers, kept once its version was computed from an edit.</summary>
    internal CanonicalItems? Canonical { get; set; }

    /// <summary>An empty dataset with the given name.</summary>
    public static Dataset Empty(string name) => new(CurrentFormatVersion, name, null, [], [], [], [], [], []);

    /// <summary>Finds an office by code, or null.</summary>
    public Office? FindOffice(string code) => Offices.FirstOrDefault(o => o.Code == code);

    /// <summary>Finds a subject by id, or null.</summary>
    public Subject? FindSubject(string id) => Subjects.FirstOrDefault(s => s.Id == id);
}
