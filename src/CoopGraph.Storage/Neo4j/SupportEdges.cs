using CoopGraph.Domain;

namespace CoopGraph.Storage.Neo4j;

/// <summary>A derived <c>(:Office)-[:CAN_SUPPORT {weight, subjects}]-&gt;(:Office)</c> edge.</summary>
/// <param name="From">The office that offers.</param>
/// <param name="To">The office that requests.</param>
/// <param name="Subjects">The subjects one offers and the other requests, in dataset order.</param>
public sealed record SupportEdge(string From, string To, IReadOnlyList<string> Subjects)
{
    /// <summary>The number of subjects.</summary>
    public int Weight => Subjects.Count;

    /// <summary>
    /// Every pair where <c>From</c> offers a subject <c>To</c> requests (never an office with itself), computed from the
    /// dataset directly; ordered by offering office, then requesting office, as the dataset lists them.
    /// </summary>
    public static IReadOnlyList<SupportEdge> Compute(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var officeOrder = dataset.Offices.Select((o, i) => (o.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        var subjectOrder = dataset.Subjects.Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var requesters = dataset.Requests.ToLookup(r => r.Subject, r => r.Office, StringComparer.Ordinal);
        return [.. dataset.Offers
            .SelectMany(o => requesters[o.Subject].Where(b => b != o.Office).Select(b => (From: o.Office, To: b, o.Subject)))
            .Distinct()
            .GroupBy(x => (x.From, x.To))
            .OrderBy(g => officeOrder[g.Key.From]).ThenBy(g => officeOrder[g.Key.To])
            .Select(g => new SupportEdge(g.Key.From, g.Key.To, [.. g.Select(x => x.Subject).OrderBy(s => subjectOrder[s])]))];
    }
}
