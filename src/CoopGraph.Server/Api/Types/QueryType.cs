using CoopGraph.Domain;
using CoopGraph.Server.Api.Http;
using CoopGraph.Server.Snapshots;
using CoopGraph.Storage;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>Query</c>: the data, the questions and the visualization views.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType(IOptions<GraphQLOptions> options, SnapshotService snapshots, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        Name = "Query";
        Description = "Read the cooperation network and ask it questions. Every answer comes from one dataset version.";

        Field<NonNullGraphType<DatasetInfoType>>("dataset").Description("The dataset being served: name, version, source and counts.")
            .Resolve(ctx => ctx.Snapshot().Dataset);

        Field<NonNullGraphType<OfficeConnectionType>>("offices")
            .Description("Offices in order of their codes, a page at a time.")
            .Argument<OfficeFilterType>("filter", "Only offices meeting every given criterion.")
            .Argument<IntGraphType>("first", $"Page size (default {limits.DefaultPageSize}, at most {limits.MaxPageSize}).")
            .Argument<StringGraphType>("after", "Start after this cursor (an `endCursor` of a previous page).")
            .Resolve(ctx =>
            {
                var snapshot = ctx.Snapshot();
                var size = Cursors.PageSize(ctx.GetArgument<int?>("first"), limits.DefaultPageSize, limits.MaxPageSize);
                var filter = ctx.GetArgument<OfficeFilter?>("filter");
                if (filter?.Requests is { } r && snapshot.Subject(r) is null)
                {
                    throw Errors.UnknownSubject("filter.requests", r);
                }

                if (filter?.Offers is { } o && snapshot.Subject(o) is null)
                {
                    throw Errors.UnknownSubject("filter.offers", o);
                }

                if (filter?.Area is { } a && snapshot.Area(a) is null)
                {
                    throw Errors.UnknownArea(snapshot, "filter.area", a);
                }

                var all = snapshot.OfficesByCode.Where(x => filter?.Matches(x, snapshot) ?? true).ToList();
                var start = 0;
                if (ctx.GetArgument<string?>("after") is { } after)
                {
                    var code = Cursors.Decode("office", after, "after");
                    start = all.FindIndex(x => string.CompareOrdinal(x.Code, code) > 0);
                    start = start < 0 ? all.Count : start;
                }

                var edges = all.Skip(start).Take(size).Select(x => new PageEdge<Office>(Cursors.Encode("office", x.Code), x)).ToList();
                return new Page<Office>(edges, start + edges.Count < all.Count, start > 0, all.Count);
            });

        Field<OfficeType>("office").Description("One office by code (or a name or alias, e.g. `Brasil`); null with NOT_FOUND when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The office's ISO alpha-3 code, name or alias.")
            .Resolve(ctx => Errors.Office(ctx.Snapshot(), ctx.GetArgument<string>("code"), "code"));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("subjects")
            .Description("Subjects in dataset order, optionally of one area or one need status.")
            .Argument<IdGraphType>("area", "Only subjects of this area id.")
            .Argument<Questions.NeedStatusType>("status", "Only subjects with this need status (cross-cutting subjects included, unlike `unmetNeeds`).")
            .Resolve(ctx =>
            {
                var snapshot = ctx.Snapshot();
                var area = ctx.GetArgument<string?>("area");
                if (area is not null && snapshot.Area(area) is null)
                {
                    throw Errors.UnknownArea(snapshot, "area", area);
                }

                var status = ctx.GetArgument<CoopGraph.Analytics.Needs.NeedStatus?>("status");
                var subjects = area is null ? snapshot.Dataset.Subjects : snapshot.SubjectsByArea[area];
                return status is null ? subjects : subjects.Where(s => snapshot.Analysis.UnmetNeeds()[s.Id].Status == status);
            });

        Field<SubjectType>("subject").Description("One subject by id; null with NOT_FOUND when unknown.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The subject id, e.g. `green-patents`.")
            .Resolve(ctx => ctx.Snapshot().Subject(ctx.GetArgument<string>("id")) ?? throw Errors.UnknownSubject("id", ctx.GetArgument<string>("id")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaType>>>>("areas").Description("The thematic areas, in dataset order.")
            .Resolve(ctx => ctx.Snapshot().Dataset.Areas);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkType>>>>("networks").Description("The standing networks the source names.")
            .Resolve(ctx => ctx.Snapshot().Dataset.Networks);

        Questions.QuestionFields.AddTo(this);
        Rounds.RoundQueries.AddTo(this);
        Planning.PlanningQueries.AddTo(this, limits);
        Rounds.RoundQueries.AddRoundArgument(this, Rounds.RoundQueries.PlanningFields);
        Rounds.RoundQueries.AddRoundArgument(this, Rounds.RoundQueries.DataFields);
        Initiatives.InitiativeFields.AddQueries(this, time);

        Field<NonNullGraphType<ChangeConnectionType>>("changes")
            .Description("The audit trail, oldest first: what changed, when and by whom.")
            .Argument<IntGraphType>("first", $"Page size (default {limits.DefaultPageSize}, at most {limits.MaxPageSize}).")
            .Argument<StringGraphType>("after", "Start after this cursor (an `endCursor` of a previous page).")
            .ResolveAsync(async ctx =>
            {
                var size = Cursors.PageSize(ctx.GetArgument<int?>("first"), limits.DefaultPageSize, limits.MaxPageSize);
                long after = 0;
                if (ctx.GetArgument<string?>("after") is { } cursor && !long.TryParse(Cursors.Decode("change", cursor, "after"), out after))
                {
                    throw ErrorCodes.Error(ErrorCodes.InvalidInput, $"after: '{cursor}' is not a cursor of this list");
                }

                var records = await snapshots.Store.HistoryAsync(size + 1, after, ctx.CancellationToken).ConfigureAwait(false);
                var edges = records.Take(size).Select(r => new PageEdge<ChangeRecord>(Cursors.Encode("change", r.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)), r)).ToList();
                return new Page<ChangeRecord>(edges, records.Count > size, after > 0, null);
            });

        QueryAnswerSources.MarkVolatileFields(this);
    }
}
