namespace CoopGraph.Server.Snapshots;

/// <summary>
/// The longest each list field of the schema can be in one dataset, so the complexity estimate charges a query for
/// what it can really return: the five areas cost five, the support edges of the evidence as many as there can be. Fields not
/// listed here, and paged fields (<c>first</c>), keep GraphQL.NET's rule and <c>GraphQL:ListImpactMultiplier</c>.
/// </summary>
internal sealed class ListSizes
{
    private readonly Dictionary<(string Type, string Field), Func<double>> _measures;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Type, string Field), double> _measured = new();

    /// <summary>Measures <paramref name="snapshot"/>'s lists, each when a query first asks for it.</summary>
    public ListSizes(DatasetSnapshot snapshot)
    {
        var d = snapshot.Dataset;
        // An upper bound, so measuring never forces the analytics of a snapshot only data queries read.
        var supportEdges = (double)d.Offices.Count * (d.Offices.Count - 1);
        double Requesters() => Longest(snapshot.RequestsBySubject);
        double Offerers() => Longest(snapshot.OffersBySubject);
        _measures = new()
        {
            [("Query", "areas")] = () => d.Areas.Count,
            [("Query", "networks")] = () => d.Networks.Count,
            [("Query", "subjects")] = () => d.Subjects.Count,
            [("Area", "subjects")] = () => Longest(snapshot.SubjectsByArea),
            [("Office", "requests")] = () => Longest(snapshot.RequestsByOffice),
            [("Office", "offers")] = () => Longest(snapshot.OffersByOffice),
            [("Office", "supporters")] = () => d.Offices.Count,
            [("Office", "supported")] = () => d.Offices.Count,
            [("Subject", "requests")] = Requesters,
            [("Subject", "requesters")] = Requesters,
            [("Subject", "offers")] = Offerers,
            [("Subject", "offerers")] = Offerers,
            [("Network", "members")] = () => d.Networks.Select(n => n.Members.Count).DefaultIfEmpty(0).Max(),
            [("Evidence", "edges")] = () => supportEdges,
            [("NetworkView", "nodes")] = () => d.Offices.Count + d.Subjects.Count,
            [("NetworkView", "edges")] = () => Math.Max(supportEdges, d.Requests.Count + d.Offers.Count),
        };
    }

    /// <summary>The longest <paramref name="type"/>.<paramref name="field"/> can be (at least 1), or null when not measured.</summary>
    public double? Of(string type, string field) =>
        _measures.TryGetValue((type, field), out var measure) ? Math.Max(_measured.GetOrAdd((type, field), _ => measure()), 1) : null;

    private static int Longest<TKey, TElement>(ILookup<TKey, TElement> lookup) => lookup.Select(g => g.Count()).DefaultIfEmpty(0).Max();
}
