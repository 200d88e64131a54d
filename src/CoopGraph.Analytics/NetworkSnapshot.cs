using CoopGraph.Analytics.Graph;
using CoopGraph.Domain;

namespace CoopGraph.Analytics;

/// <summary>
/// An immutable, indexed view of one <see cref="Dataset"/>: offices (sorted by code) and subjects (dataset order) become
/// indices, requests and offers become per-subject and per-office index arrays (the bipartite graph); the name index
/// and the support graph are built at most once, on first use, thread-safely. It holds no analysis result: those are
/// computed and kept by <see cref="NetworkAnalysis"/>, so kernels read the snapshot and the snapshot knows no kernel.
/// Build one per dataset version and share it between callers.
/// </summary>
public sealed class NetworkSnapshot
{
    private readonly Dictionary<string, int> _officeIndex;
    private readonly Dictionary<string, int> _subjectIndex;
    private readonly int[] _requestStart;
    private readonly int[] _offerStart;
    private readonly Lazy<IReadOnlyList<SupportEdge>> _supportEdges;
    private readonly Lazy<DatasetNames> _names;

    private NetworkSnapshot(Dataset dataset)
    {
        Dataset = dataset;
        Version = dataset.Version;
        OfficeCodes = [.. dataset.Offices.Select(o => o.Code).Order(StringComparer.Ordinal)];
        _officeIndex = OfficeCodes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        SubjectIds = [.. dataset.Subjects.Select(s => s.Id)];
        _subjectIndex = SubjectIds.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        // Each link's office and subject are looked up once and grouped both ways (a new version is indexed after every edit).
        var (requestOffices, requestSubjects) = (new int[dataset.Requests.Count], new int[dataset.Requests.Count]);
        for (var i = 0; i < requestOffices.Length; i++)
        {
            (requestOffices[i], requestSubjects[i]) = (Office(dataset.Requests[i].Office), Subject(dataset.Requests[i].Subject));
        }

        var (offerOffices, offerSubjects) = (new int[dataset.Offers.Count], new int[dataset.Offers.Count]);
        for (var i = 0; i < offerOffices.Length; i++)
        {
            (offerOffices[i], offerSubjects[i]) = (Office(dataset.Offers[i].Office), Subject(dataset.Offers[i].Subject));
        }

        (_requestStart, RequestOffice, RequestRecord) = Group(requestSubjects, requestOffices, SubjectCount);
        (_offerStart, OfferOffice, OfferRecord) = Group(offerSubjects, offerOffices, SubjectCount);
        SetApart = [.. dataset.Subjects.Select((s, i) => s.CrossCutting && OfferEnd(i) == OfferStart(i))];
        (OfficeRequestStart, OfficeRequestSubject, _) = Group(requestOffices, requestSubjects, OfficeCount);
        (OfficeOfferStart, OfficeOfferSubject, _) = Group(offerOffices, offerSubjects, OfficeCount);

        _names = new(() => new DatasetNames(dataset));
        Support = new(() => SupportGraph.Build(this));
        _supportEdges = new(() => [.. Enumerable.Range(0, Support.Value.EdgeCount).Select(EdgeOf)]);
        DeferredSupportEdges = new(() => SupportEdges);
    }

    /// <summary>The dataset this snapshot indexes.</summary>
    public Dataset Dataset { get; }

    /// <summary>The dataset's content hash; every result names it.</summary>
    public string Version { get; }

    /// <summary>The names of this version's offices, subjects and areas, resolved once for every front end.</summary>
    public DatasetNames Names => _names.Value;

    /// <summary>Office codes in index order (ordinal order of the codes).</summary>
    public IReadOnlyList<string> OfficeCodes { get; }

    /// <summary>Subject ids in index order (the dataset's order).</summary>
    public IReadOnlyList<string> SubjectIds { get; }

    /// <summary>Every support edge, sorted by (from, to) office code.</summary>
    public IReadOnlyList<SupportEdge> SupportEdges => _supportEdges.Value;

    /// <summary>
    /// <see cref="SupportEdges"/> for evidence: nothing is built until someone reads it (at L the projection and its
    /// edges as objects are gigabytes, and the report only counts them).
    /// </summary>
    internal DeferredList<SupportEdge> DeferredSupportEdges { get; }

    /// <summary>Whether the support edges have been built as objects (tests check that summaries never do).</summary>
    internal bool SupportEdgesBuilt => _supportEdges.IsValueCreated;

    internal int OfficeCount => OfficeCodes.Count;

    internal int SubjectCount => SubjectIds.Count;

    /// <summary>
    /// Per subject: cross-cutting and offered by nobody, a need every office shares that is reported apart and left out
    /// of roll-ups, per-office lists, isolation and the match plan (it would make every office unmet). Once offered, a
    /// cross-cutting subject counts like any other.
    /// </summary>
    internal bool[] SetApart { get; }

    /// <summary>Requesting office of each request, grouped by subject (<see cref="RequestStart"/>), offices ascending.</summary>
    internal int[] RequestOffice { get; }

    /// <summary>Index in <see cref="Dataset.Requests"/> of each entry of <see cref="RequestOffice"/>.</summary>
    internal int[] RequestRecord { get; }

    internal int[] OfferOffice { get; }

    internal int[] OfferRecord { get; }

    internal int[] OfficeRequestStart { get; }

    /// <summary>Subjects each office requests, grouped by office, subjects ascending.</summary>
    internal int[] OfficeRequestSubject { get; }

    internal int[] OfficeOfferStart { get; }

    internal int[] OfficeOfferSubject { get; }

    /// <summary>The support graph (office → office, projected through the subjects), built on first use.</summary>
    internal Lazy<SupportGraph> Support { get; }

    /// <summary>Indexes <paramref name="dataset"/>; cheap: the support graph is built when first asked for.</summary>
    public static NetworkSnapshot Build(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new NetworkSnapshot(dataset);
    }

    /// <summary>The index of office <paramref name="code"/>, or -1.</summary>
    public int IndexOfOffice(string code) => _officeIndex.GetValueOrDefault(code, -1);

    /// <summary>The index of subject <paramref name="id"/>, or -1.</summary>
    public int IndexOfSubject(string id) => _subjectIndex.GetValueOrDefault(id, -1);

    internal int RequestStart(int subject) => _requestStart[subject];

    internal int RequestEnd(int subject) => _requestStart[subject + 1];

    internal int OfferStart(int subject) => _offerStart[subject];

    internal int OfferEnd(int subject) => _offerStart[subject + 1];

    internal SupportEdge EdgeOf(int e)
    {
        var g = Support.Value;
        var subjects = new string[g.Weight[e]];
        for (var i = 0; i < subjects.Length; i++)
        {
            subjects[i] = SubjectIds[g.Subjects[g.SubjectStart[e] + i]];
        }

        return new SupportEdge(OfficeCodes[g.From[e]], OfficeCodes[g.To[e]], g.Weight[e], subjects);
    }

    internal Evidence EvidenceOf(string algorithm, IReadOnlyList<SupportEdge> edges, params (string Name, object Value)[] parameters) =>
        new(algorithm, parameters.ToDictionary(p => p.Name, p => Text(p.Value), StringComparer.Ordinal), Version, edges);

    private static string Text(object value) => value is bool b
        ? (b ? "true" : "false")
        : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private int Office(string code) => _officeIndex.TryGetValue(code, out var i) ? i
        : throw new ArgumentException($"unknown office '{code}' (validate the dataset first)", nameof(code));

    private int Subject(string id) => _subjectIndex.TryGetValue(id, out var i) ? i
        : throw new ArgumentException($"unknown subject '{id}' (validate the dataset first)", nameof(id));

    /// <summary>
    /// Counting sort of (group, item) pairs, given as two arrays: CSR offsets, items ascending within each group, original
    /// positions. Two stable counting passes (by item, then by group) keep it O(pairs + groups + items) with four int
    /// arrays, so a million links index in a fraction of a second.
    /// </summary>
    private static (int[] Start, int[] Items, int[] Records) Group(int[] groups, int[] items, int groupCount)
    {
        var byItem = CountingOrder(items, null);
        var order = CountingOrder(groups, byItem);
        var start = new int[groupCount + 1];
        foreach (var group in groups)
        {
            start[group + 1]++;
        }

        for (var g = 0; g < groupCount; g++)
        {
            start[g + 1] += start[g];
        }

        var sorted = new int[items.Length];
        for (var i = 0; i < order.Length; i++)
        {
            sorted[i] = items[order[i]];
        }

        return (start, sorted, order);
    }

    /// <summary>The positions <paramref name="order"/> (all, ascending, when null) stably re-sorted by <paramref name="keys"/> (small non-negative ints).</summary>
    private static int[] CountingOrder(int[] keys, int[]? order)
    {
        var max = 0;
        foreach (var key in keys)
        {
            max = Math.Max(max, key);
        }

        var start = new int[max + 2];
        foreach (var key in keys)
        {
            start[key + 1]++;
        }

        for (var k = 0; k <= max; k++)
        {
            start[k + 1] += start[k];
        }

        var sorted = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            var position = order is null ? i : order[i];
            sorted[start[keys[position]]++] = position;
        }

        return sorted;
    }
}
