using System.Globalization;
using CoopGraph.Domain.Formats;

namespace CoopGraph.Analytics.Views;

/// <summary>A graph ready to draw or export: nodes with metrics, edges with weights and subjects.</summary>
/// <param name="Kind">The view.</param>
/// <param name="Directed">Whether edges have a direction.</param>
/// <param name="Nodes">Nodes: offices by code, then subjects in dataset order.</param>
/// <param name="Edges">Edges, sorted by source then target.</param>
/// <param name="Evidence">How the view was derived, on which dataset version.</param>
public sealed record NetworkView(ViewKind Kind, bool Directed, IReadOnlyList<ViewNode> Nodes, IReadOnlyList<ViewEdge> Edges, Evidence Evidence)
{
    /// <summary>The round the view draws (its dataset's latest), or null for a dataset without rounds.</summary>
    public string? Round { get; init; }

    /// <summary>For a dataset with rounds: the rounds up to the view's, oldest first (each edge names the rounds it exists in).</summary>
    public IReadOnlyList<Domain.Round>? Timeline { get; init; }

    /// <summary>
    /// Edges of earlier rounds that the view's round no longer has, as they last stood, each naming its rounds: drawn
    /// only by a timeline (GEXF spells), never as edges of the view's round.
    /// </summary>
    public IReadOnlyList<ViewEdge> EarlierEdges { get; init; } = [];

    /// <summary>The view of <paramref name="analysis"/>, restricted to one area or one subject when given.</summary>
    /// <exception cref="ArgumentException">The area or subject does not exist.</exception>
    public static NetworkView Build(NetworkAnalysis analysis, ViewKind kind, string? area = null, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var dataset = analysis.Snapshot.Dataset;
        if (area is not null && analysis.Snapshot.Names.Area(area) is null)
        {
            throw new ArgumentException($"area: {analysis.Snapshot.Names.NoArea(area)}", nameof(area));
        }

        if (subject is not null && dataset.FindSubject(subject) is null)
        {
            throw new ArgumentException($"subject: no subject '{subject}'", nameof(subject));
        }

        var subjectOf = dataset.Subjects.ToDictionary(s => s.Id, StringComparer.Ordinal);
        ViewEdge Edge(string source, string target, string edgeKind, int weight, IReadOnlyList<string> subjects) =>
            new(source, target, edgeKind, weight, subjects, [.. subjects.Select(id => subjectOf[id].Name)], [.. subjects.Select(id => subjectOf[id].Area).Distinct(StringComparer.Ordinal)]);
        var included = dataset.Subjects.Where(s => (area is null || s.Area == area) && (subject is null || s.Id == subject)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var centrality = analysis.Centrality();
        var isolation = analysis.Isolation();
        var needs = analysis.UnmetNeeds();
        var nodes = analysis.Snapshot.OfficeCodes.Select(code =>
        {
            var office = dataset.FindOffice(code)!;
            var c = centrality[code];
            var i = isolation[code];
            return new ViewNode(code, office.Name, "OFFICE", OfficeMetrics.Of(c, i.Score),
            [
                new("attended", office.Attended ? "true" : "false"),
                new("flags", string.Join(' ', i.Flags.Select(EnumNames.ConstantCase))),
                new("component", i.Component.ToString(CultureInfo.InvariantCulture)),
            ]);
        }).ToList();

        if (kind == ViewKind.Bipartite)
        {
            nodes.AddRange(dataset.Subjects.Where(s => included.Contains(s.Id)).Select(s =>
            {
                var need = needs[s.Id];
                return new ViewNode(s.Id, s.Name, "SUBJECT",
                    [new("requesters", need.Requesters.Count), new("offerers", need.Offerers.Count), new("coverageRatio", need.CoverageRatio)],
                    [new("area", s.Area), new("status", EnumNames.ConstantCase(need.Status)), new("crossCutting", s.CrossCutting ? "true" : "false")]);
            }));
        }

        var edges = EdgesOf(analysis.Snapshot, kind, included, Edge);
        List<ViewEdge> earlier = [];
        if (dataset.Rounds is { } rounds)
        {
            (edges, earlier) = WithRounds(dataset, rounds, kind, included, Edge, edges);
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal) { ["view"] = kind.ToString().ToUpperInvariant() };
        if (area is not null)
        {
            parameters["area"] = area;
        }

        if (subject is not null)
        {
            parameters["subject"] = subject;
        }

        var evidence = new Evidence(
            kind switch
            {
                ViewKind.Support => "support graph: A→B when A offers a subject B requests, weight = number of such subjects",
                ViewKind.Collaboration => "collaboration graph: undirected support graph, weight = w(A,B) + w(B,A)",
                _ => "bipartite graph: office→subject edges for requests and offers",
            } + "; node metrics from the centrality, isolation and needs analyses",
            parameters, analysis.Snapshot.Version, kind == ViewKind.Bipartite ? [] : analysis.Snapshot.SupportEdges);
        return new NetworkView(kind, kind != ViewKind.Collaboration, nodes, edges, evidence)
        {
            Round = dataset.Rounds is null ? null : dataset.LatestRound.Id,
            Timeline = dataset.Rounds,
            EarlierEdges = earlier,
        };
    }

    private static List<ViewEdge> EdgesOf(NetworkSnapshot snapshot, ViewKind kind, HashSet<string> included, Func<string, string, string, int, IReadOnlyList<string>, ViewEdge> edge)
    {
        var dataset = snapshot.Dataset;
        if (kind == ViewKind.Bipartite)
        {
            return [.. dataset.Requests.Where(r => included.Contains(r.Subject)).Select(r => edge(r.Office, r.Subject, "REQUESTS", 1, [r.Subject]))
                .Concat(dataset.Offers.Where(o => included.Contains(o.Subject)).Select(o => edge(o.Office, o.Subject, "OFFERS", 1, [o.Subject])))
                .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal)];
        }

        var support = snapshot.SupportEdges
            .Select(e => e with { Subjects = [.. e.Subjects.Where(included.Contains)] })
            .Where(e => e.Subjects.Count > 0)
            .Select(e => e with { Weight = e.Subjects.Count })
            .ToList();
        return kind == ViewKind.Support
            ? [.. support.Select(e => edge(e.From, e.To, "SUPPORTS", e.Weight, e.Subjects))]
            : [.. support.GroupBy(e => string.CompareOrdinal(e.From, e.To) < 0 ? (e.From, e.To) : (e.To, e.From))
                .Select(g => (g.Key, Subjects: g.SelectMany(e => e.Subjects).Distinct().OrderBy(dataset.Subjects.Select(s => s.Id).ToList().IndexOf).ToList(), Weight: g.Sum(e => e.Weight)))
                .OrderBy(x => x.Key.Item1, StringComparer.Ordinal).ThenBy(x => x.Key.Item2, StringComparer.Ordinal)
                .Select(x => edge(x.Key.Item1, x.Key.Item2, "COLLABORATES", x.Weight, x.Subjects))];
    }

    // The view round's edges, each naming the rounds it exists in, and apart the earlier rounds' edges it no longer has
    // (as they last stood); both in the view's edge order.
    private static (List<ViewEdge> Edges, List<ViewEdge> Earlier) WithRounds(Domain.Dataset dataset, IReadOnlyList<Domain.Round> rounds, ViewKind kind,
        HashSet<string> included, Func<string, string, string, int, IReadOnlyList<string>, ViewEdge> edge, List<ViewEdge> latest)
    {
        var byKey = new Dictionary<(string, string, string), (ViewEdge Edge, List<string> Rounds)>();
        for (var i = 0; i < rounds.Count; i++)
        {
            var round = rounds[i].Id;
            var edges = i == rounds.Count - 1 ? latest : EdgesOf(NetworkSnapshot.Build(dataset.AtRound(round)), kind, included, edge);
            foreach (var e in edges)
            {
                var key = (e.Source, e.Target, e.Kind);
                var inRounds = byKey.TryGetValue(key, out var seen) ? seen.Rounds : [];
                inRounds.Add(round);
                byKey[key] = (e, inRounds);
            }
        }

        var current = latest.Select(e => e with { Rounds = byKey[(e.Source, e.Target, e.Kind)].Rounds }).ToList();
        var gone = byKey.Values.Where(x => x.Rounds[^1] != rounds[^1].Id).Select(x => x.Edge with { Rounds = x.Rounds })
            .OrderBy(e => e.Source, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal).ToList();
        return (current, gone);
    }
}
