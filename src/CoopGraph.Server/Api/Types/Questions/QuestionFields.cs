using CoopGraph.Analytics;
using CoopGraph.Analytics.Centrality;
using CoopGraph.Analytics.Matching;
using CoopGraph.Analytics.Needs;
using CoopGraph.Analytics.Paths;
using CoopGraph.Analytics.Views;
using CoopGraph.Analytics.WhatIf;
using CoopGraph.Server.Snapshots;
using GraphQL;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>The question fields of <c>Query</c>: each answered on the request's snapshot, cached per dataset version.</summary>
internal static class QuestionFields
{
    /// <summary>Adds the question fields to <paramref name="query"/>, in the schema's order.</summary>
    public static void AddTo(ObjectGraphType query)
    {
        AddCentrality(query);
        AddUnmetNeeds(query);
        AddNeedsReport(query);
        AddIsolatedOffices(query);
        AddNeedVocabulary(query);
        AddMetrics(query);
        AddOfficeStandings(query);
        AddSupportLink(query);
        AddPaths(query);
        AddBilateral(query);
        AddReciprocalPairs(query);
        AddMatchPlan(query);
        AddWhatIf(query);
        AddNetwork(query);
    }

    private static void AddCentrality(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<CentralityRankingType>>("centrality")
            .Description("Offices ranked by a centrality measure of the support graph.")
            .Argument<NonNullGraphType<CentralityMetricType>>("metric", "The measure to rank by (default PAGE_RANK).", a => a.DefaultValue = CentralityMeasure.PageRank)
            .Argument<IntGraphType>("top", "Only the first `top` offices (all when omitted; must not be negative).")
            .Argument<BooleanGraphType>("normalized", "Degrees divided by n−1 and betweenness by (n−1)(n−2), as NetworkX's normalized=True (default true).", a => a.DefaultValue = true)
            .Argument<BooleanGraphType>("weighted", "Betweenness with edge length 1/weight (strong ties are short) instead of hop count (default false).", a => a.DefaultValue = false)
            .Resolve(ctx =>
            {
                var metric = ctx.GetArgument<CentralityMeasure>("metric");
                var top = ctx.GetArgument<int?>("top");
                if (top < 0)
                {
                    throw ErrorCodes.Error(ErrorCodes.InvalidInput, $"top: must not be negative (is {top})");
                }

                var normalized = ctx.GetArgument("normalized", true);
                var weighted = ctx.GetArgument("weighted", false);
                return Ranking(ctx.Snapshot(), metric, top, normalized, weighted);
            });
    }

    private static void AddUnmetNeeds(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectNeedType>>>>("unmetNeeds")
            .Description("Subjects with a request no other office can meet (UNMET) and, unless includeFragile is false, those whose most exposed request only one other office can meet (FRAGILE); in dataset order. Cross-cutting subjects nobody offers are left out (see needsReport.crossCutting).")
            .Argument<IdGraphType>("area", "Only subjects of this area id.")
            .Argument<BooleanGraphType>("includeFragile", "Also list FRAGILE subjects (default true).", a => a.DefaultValue = true)
            .Resolve(ctx =>
            {
                var snapshot = ctx.Snapshot();
                var area = ctx.GetArgument<string?>("area");
                if (area is not null && snapshot.Area(area) is null)
                {
                    throw Errors.UnknownArea(snapshot, "area", area);
                }

                var fragile = ctx.GetArgument("includeFragile", true);
                var needs = snapshot.Analysis.UnmetNeeds();
                return needs.Subjects
                    .Where(s => (area is null || s.Area == area) && (s.Status == NeedStatus.Unmet || (fragile && s.Status == NeedStatus.Fragile)))
                    .Select(s => new SubjectNeedAnswer(s, needs.Evidence));
            });
    }

    private static void AddNeedsReport(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<NeedsReportType>>("needsReport")
            .Description("Needs of every subject, the roll-up per area and per office, and the overall coverage.")
            .Resolve(ctx => ctx.Snapshot().Analysis.UnmetNeeds());
    }

    private static void AddIsolatedOffices(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<IsolationReportType>>("isolatedOffices")
            .Description("Offices showing a sign of isolation (or every office with all: true), most isolated first, with components, articulation points and bridges.")
            .Argument<BooleanGraphType>("all", "List every office, not only those with a warning sign (default false).", a => a.DefaultValue = false)
            .Resolve(ctx =>
            {
                var result = ctx.Snapshot().Analysis.Isolation();
                var all = ctx.GetArgument("all", false);
                return new IsolationAnswer([.. result.Offices.Where(o => all || o.Flags.Count > 0)
                    .OrderByDescending(o => o.Score).ThenBy(o => o.Code, StringComparer.Ordinal)], result);
            });
    }

    private static void AddNeedVocabulary(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<NeedVocabularyType>>("needVocabulary")
            .Description("The need statuses and the cross-cutting property in words, for a legend.")
            .Resolve(_ => new object());
    }

    private static void AddMetrics(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeMetricType>>>>("metrics")
            .Description("The numbers every office carries, in the order of the `analyze` JSON, each with its label, legend words and definition: the one list the page, the exports and the CLI use.")
            .Resolve(_ => OfficeMetrics.All);
    }

    private static void AddOfficeStandings(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<OfficeStandingsType>>("officeStandings")
            .Description("Every office's standing with its reasons in words, weakest first: isolated, weak ties (ranked), unmet needs, well connected; offices that did not take part (no request, no offer) last and apart.")
            .Resolve(ctx => ctx.Snapshot().Analysis.Standings());
    }

    private static void AddSupportLink(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<PathHopType>>("supportLink")
            .Description("The provenance of the support edge from one office to another: the subjects on which `from` can help `to`, each with its offer, request and justification in words (no subjects when it cannot help).")
            .Argument<NonNullGraphType<StringGraphType>>("from", "The helping office (code, name or alias).")
            .Argument<NonNullGraphType<StringGraphType>>("to", "The office helped (code, name or alias).")
            .Argument<IdGraphType>("area", "Only subjects of this area id.")
            .Argument<IdGraphType>("subject", "Only this subject id.")
            .Resolve(ctx =>
            {
                var snapshot = ctx.Snapshot();
                var from = Errors.Office(snapshot, ctx.GetArgument<string>("from"), "from").Code;
                var to = Errors.Office(snapshot, ctx.GetArgument<string>("to"), "to").Code;
                var area = ctx.GetArgument<string?>("area");
                var subject = ctx.GetArgument<string?>("subject");
                if (area is not null && snapshot.Area(area) is null)
                {
                    throw Errors.UnknownArea(snapshot, "area", area);
                }

                if (subject is not null && snapshot.Subject(subject) is null)
                {
                    throw Errors.UnknownSubject("subject", subject);
                }

                return SupportLinks.Between(snapshot.Analysis, from, to, area, subject);
            });
    }

    private static void AddPaths(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<PathsResultType>>("paths")
            .Description("The k shortest chains of support from one office to another, every hop justified by requests and offers.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "The helping office (code, name or alias).")
            .Argument<NonNullGraphType<StringGraphType>>("to", "The office to reach (code, name or alias).")
            .Argument<IntGraphType>("k", $"How many paths (default 1, at most {PathOptions.MaxK}).", a => a.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("subjects", "Only hops justified by these subject ids.")
            .Argument<IdGraphType>("area", "Only hops justified by subjects of this area id.")
            .Argument<BooleanGraphType>("weighted", "Prefer strong ties: edge length 1/weight instead of one hop (default false).", a => a.DefaultValue = false)
            .Resolve(ctx =>
            {
                var snapshot = ctx.Snapshot();
                var from = Errors.Office(snapshot, ctx.GetArgument<string>("from"), "from").Code;
                var to = Errors.Office(snapshot, ctx.GetArgument<string>("to"), "to").Code;
                var k = ctx.GetArgument("k", 1);
                if (k is < 1 or > PathOptions.MaxK)
                {
                    throw ErrorCodes.Error(ErrorCodes.InvalidInput, $"k: must be between 1 and {PathOptions.MaxK} (is {k})");
                }

                var subjects = ctx.GetArgument<List<string>?>("subjects");
                foreach (var s in subjects ?? [])
                {
                    _ = snapshot.Subject(s) ?? throw Errors.UnknownSubject("subjects", s);
                }

                var area = ctx.GetArgument<string?>("area");
                if (area is not null && snapshot.Area(area) is null)
                {
                    throw Errors.UnknownArea(snapshot, "area", area);
                }

                var weighted = ctx.GetArgument("weighted", false);
                var sorted = subjects?.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                return snapshot.Answer($"paths|{from}|{to}|{k}|{(sorted is null ? "*" : string.Join(',', sorted))}|{area}|{weighted}",
                    a => a.Paths(from, to, new PathOptions(k, sorted, area, weighted)));
            });
    }

    private static void AddBilateral(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<BilateralResultType>>("bilateral")
            .Description("One office's bilateral opportunities: each partner and the subjects each way.")
            .Argument<NonNullGraphType<StringGraphType>>("office", "The office (code, name or alias).")
            .Resolve(ctx =>
            {
                var code = Errors.Office(ctx.Snapshot(), ctx.GetArgument<string>("office"), "office").Code;
                return ctx.Snapshot().Answer("bilateral|" + code, a => a.Bilateral(code));
            });
    }

    private static void AddReciprocalPairs(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ReciprocalPairsType>>("reciprocalPairs")
            .Description("Every pair of offices that can each help the other, with the subjects each way.")
            .Resolve(ctx => ctx.Snapshot().Analysis.ReciprocalPairs());
    }

    private static void AddMatchPlan(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<MatchPlanType>>("matchPlan")
            .Description("Assign requests to offering offices to cover the most requests when each serves at most `capacity`.")
            .Argument<IntGraphType>("capacity", $"Most requests an offering office can serve, in all or per subject as `mode` says (default {NetworkAnalysis.DefaultCapacity}, the number of capacities the survey asked each office for; 0 to 10000).", a => a.DefaultValue = NetworkAnalysis.DefaultCapacity)
            .Argument<CapacityModeType>("mode", "Whether the capacity counts in TOTAL or PER_SUBJECT (default TOTAL).", a => a.DefaultValue = CapacityMode.Total)
            .Resolve(ctx =>
            {
                var capacity = ctx.GetArgument("capacity", NetworkAnalysis.DefaultCapacity);
                if (capacity is < 0 or > 10_000)
                {
                    throw ErrorCodes.Error(ErrorCodes.InvalidInput, $"capacity: must be between 0 and 10000 (is {capacity})");
                }

                var mode = ctx.GetArgument("mode", CapacityMode.Total);
                return ctx.Snapshot().Answer($"match|{capacity}|{mode}", a => a.MatchPlan(capacity, mode));
            });
    }

    private static void AddWhatIf(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<WhatIfType>>("whatIf")
            .Description("What removing offices and adding offers would change, without changing anything.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("removeOffices", "Offices to take out with their requests and offers (codes, names or aliases).")
            .Argument<ListGraphType<NonNullGraphType<HypotheticalOfferInputType>>>("addOffers", "Offers to imagine (source `what-if`, confidence LOW): the office must not already offer the subject (a cross-cutting subject may be offered: it then counts like any other).")
            .Resolve(ctx =>
            {
                var snapshot = ctx.Snapshot();
                var remove = (ctx.GetArgument<List<string>?>("removeOffices") ?? [])
                    .Select(o => Errors.Office(snapshot, o, "removeOffices").Code).Distinct().Order(StringComparer.Ordinal).ToList();
                var add = ctx.GetArgument<List<HypotheticalOffer>?>("addOffers") ?? [];
                foreach (var offer in add)
                {
                    _ = Errors.Office(snapshot, offer.Office, "addOffers.office");
                    _ = snapshot.Subject(offer.Subject) ?? throw Errors.UnknownSubject("addOffers.subject", offer.Subject);
                }

                var key = $"whatif|{string.Join(',', remove)}|{string.Join(',', add.Select(o => o.Office + "/" + o.Subject))}";
                try
                {
                    return snapshot.Answer(key, a => a.WhatIf(remove, add));
                }
                catch (ScenarioException ex)
                {
                    throw ErrorCodes.Error(ErrorCodes.InvalidInput, ex.Describe("removeOffices", "addOffers"));
                }
            });
    }

    private static void AddNetwork(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<NetworkViewType>>("network")
            .Description("A whole graph to draw: nodes (with metrics) and edges (with weights and subjects).")
            .Argument<ViewKindType>("view", "Which graph (default SUPPORT).", a => a.DefaultValue = ViewKind.Support)
            .Argument<IdGraphType>("area", "Only subjects of this area id: edges keep just those subjects (and are dropped without any), BIPARTITE shows just those subject nodes; every office stays a node.")
            .Argument<IdGraphType>("subject", "Only this subject id: edges keep just it (and are dropped without it), BIPARTITE shows just its node; every office stays a node.")
            .Resolve(ctx =>
            {
                var snapshot = ctx.Snapshot();
                var view = ctx.GetArgument("view", ViewKind.Support);
                var area = ctx.GetArgument<string?>("area");
                var subject = ctx.GetArgument<string?>("subject");
                if (area is not null && snapshot.Area(area) is null)
                {
                    throw Errors.UnknownArea(snapshot, "area", area);
                }

                if (subject is not null && snapshot.Subject(subject) is null)
                {
                    throw Errors.UnknownSubject("subject", subject);
                }

                return snapshot.Answer($"view|{view}|{area}|{subject}", a => NetworkView.Build(a, view, area, subject));
            });
    }

    /// <summary>A centrality ranking, computed once per snapshot and arguments (shared by <c>centrality</c> and <c>Office.rank</c>).</summary>
    internal static CentralityRanking Ranking(DatasetSnapshot snapshot, CentralityMeasure metric, int? top, bool normalized, bool weighted) =>
        snapshot.Answer($"centrality|{metric}|{top}|{normalized}|{weighted}", a => CentralityRanking.Of(a, metric, top, normalized, weighted));
}
