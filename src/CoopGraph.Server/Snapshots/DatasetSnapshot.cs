using System.Collections.Concurrent;
using CoopGraph.Analytics;
using CoopGraph.Domain;
using CoopGraph.Domain.Validation;

namespace CoopGraph.Server.Snapshots;

/// <summary>
/// One immutable version of the network as the service serves it: the dataset, lookups the resolvers need, and the
/// analytics computed on it (once, on first use). A request reads one of these throughout, so it sees one version.
/// </summary>
public sealed class DatasetSnapshot
{
    private readonly ConcurrentDictionary<string, Lazy<object>> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<DatasetSnapshot>> _rounds = new(StringComparer.Ordinal);
    private readonly Lazy<NetworkAnalysis> _analysis;
    private readonly Lazy<ListSizes> _listSizes;
    private readonly Lazy<ValidationReport> _validation;
    private readonly Lazy<IReadOnlyList<Office>> _officesByCode;
    private readonly Lazy<ILookup<string, Request>> _requestsByOffice;
    private readonly Lazy<ILookup<string, Offer>> _offersByOffice;
    private readonly Lazy<ILookup<string, Request>> _requestsBySubject;
    private readonly Lazy<ILookup<string, Offer>> _offersBySubject;
    private readonly Lazy<ILookup<string, Subject>> _subjectsByArea;

    /// <summary>Indexes <paramref name="dataset"/>.</summary>
    public DatasetSnapshot(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        Dataset = dataset;
        // Each index is built when a resolver first needs it: a mutation followed by one analytic question reads none.
        _officesByCode = new(() => [.. dataset.Offices.OrderBy(o => o.Code, StringComparer.Ordinal)]);
        _requestsByOffice = new(() => dataset.Requests.ToLookup(r => r.Office, StringComparer.Ordinal));
        _offersByOffice = new(() => dataset.Offers.ToLookup(o => o.Office, StringComparer.Ordinal));
        _requestsBySubject = new(() => dataset.Requests.ToLookup(r => r.Subject, StringComparer.Ordinal));
        _offersBySubject = new(() => dataset.Offers.ToLookup(o => o.Subject, StringComparer.Ordinal));
        _subjectsByArea = new(() => dataset.Subjects.ToLookup(s => s.Area, StringComparer.Ordinal));
        _analysis = new(() => NetworkAnalysis.Of(dataset));
        _listSizes = new(() => new ListSizes(this));
        _validation = new(() => DatasetValidator.Validate(dataset));
    }

    /// <summary>Most answers kept per snapshot; parameterised questions past it are computed without being kept.</summary>
    public const int MaxCachedAnswers = 1024;

    /// <summary>
    /// The names of this version (offices by code, name or alias; subjects; areas), resolved once and shared with its
    /// analytics, so GraphQL and the analyses resolve a name the same way.
    /// </summary>
    public DatasetNames Names => Analysis.Snapshot.Names;

    /// <summary>The analytics of this version (whole-network results are computed once, inside it).</summary>
    public NetworkAnalysis Analysis => _analysis.Value;

    /// <summary>
    /// The answer to a parameterised question (paths, match plan, what-if, a view), computed once per version and
    /// <paramref name="key"/>, so repeated queries cost a lookup.
    /// </summary>
    public T Answer<T>(string key, Func<NetworkAnalysis, T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (_answers.TryGetValue(key, out var cached))
        {
            return (T)cached.Value;
        }

        if (_answers.Count >= MaxCachedAnswers)
        {
            return compute(Analysis);
        }

        // A failed computation (bad arguments) is not kept: the exception reaches this caller only.
        var lazy = _answers.GetOrAdd(key, _ => new Lazy<object>(() => compute(Analysis)));
        try
        {
            return (T)lazy.Value;
        }
        catch
        {
            _answers.TryRemove(new KeyValuePair<string, Lazy<object>>(key, lazy));
            throw;
        }
    }

    /// <summary>This dataset's validation report (computed once, when a mutation result asks for the warnings it brought in).</summary>
    internal ValidationReport Validation => _validation.Value;

    /// <summary>
    /// Whether <see cref="Answer{T}"/> still keeps new answers (past <see cref="MaxCachedAnswers"/> it computes each
    /// time), here and on every round of this version read so far: a query with a <c>round:</c> argument keeps its
    /// analyses on that round's snapshot, so one that completed before is cheap only if no snapshot it may have read
    /// stopped keeping. (Which rounds a query read is not recorded; a full round makes every repeat take its turn.)
    /// </summary>
    internal bool KeepsAnswers => KeepsOwnAnswers && _rounds.Values.All(r => !r.IsValueCreated || r.Value.KeepsOwnAnswers);

    private bool KeepsOwnAnswers => _answers.Count < MaxCachedAnswers;

    /// <summary>The longest each list field can be on this dataset, for the complexity estimate (computed once).</summary>
    internal ListSizes ListSizes => _listSizes.Value;

    /// <summary>The dataset.</summary>
    public Dataset Dataset { get; }

    /// <summary>The dataset version (content hash).</summary>
    public string Version => Dataset.Version;

    /// <summary>Offices in ordinal order of their codes: the order of the <c>offices</c> connection.</summary>
    public IReadOnlyList<Office> OfficesByCode => _officesByCode.Value;

    /// <summary>Requests grouped by requesting office.</summary>
    public ILookup<string, Request> RequestsByOffice => _requestsByOffice.Value;

    /// <summary>Offers grouped by offering office.</summary>
    public ILookup<string, Offer> OffersByOffice => _offersByOffice.Value;

    /// <summary>Requests grouped by subject.</summary>
    public ILookup<string, Request> RequestsBySubject => _requestsBySubject.Value;

    /// <summary>Offers grouped by subject.</summary>
    public ILookup<string, Offer> OffersBySubject => _offersBySubject.Value;

    /// <summary>Subjects grouped by area.</summary>
    public ILookup<string, Subject> SubjectsByArea => _subjectsByArea.Value;

    /// <summary>The office with <paramref name="code"/>, or null.</summary>
    public Office? Office(string code) => Names.OfficeByCode(code);

    /// <summary>The subject with <paramref name="id"/>, or null.</summary>
    public Subject? Subject(string id) => Names.Subject(id);

    /// <summary>
    /// This version as it stood at round <paramref name="round"/> (itself for the latest round), kept per round, so
    /// analyses are cached per (version, round).
    /// </summary>
    /// <param name="round">A round id of the dataset.</param>
    /// <param name="argument">The argument that named it, for the error.</param>
    /// <exception cref="GraphQL.ExecutionError">No such round (code NOT_FOUND, the message names the argument and the rounds).</exception>
    public DatasetSnapshot AtRound(string round, string argument)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (round == Dataset.LatestRound.Id)
        {
            return this;
        }

        if (!Dataset.HasRound(round))
        {
            throw Api.Errors.UnknownRound(argument, round, Dataset);
        }

        return _rounds.GetOrAdd(round, id => new Lazy<DatasetSnapshot>(() => new DatasetSnapshot(Dataset.AtRound(id)))).Value;
    }

    /// <summary>The area with <paramref name="id"/>, or null.</summary>
    public Area? Area(string id) => Names.Area(id);
}
