using CoopGraph.Analytics.Centrality;
using CoopGraph.Domain;
using CoopGraph.Server.Api.Types.Questions;
using GraphQL;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>Office</c>.</summary>
public sealed class OfficeType : ObjectGraphType<Office>
{
    public OfficeType()
    {
        Name = "Office";
        Description = "A national intellectual-property office, keyed by its country's ISO 3166-1 alpha-3 code.";
        Field(x => x.Code, type: typeof(NonNullGraphType<IdGraphType>)).Description("ISO 3166-1 alpha-3 code of the office's country, e.g. `BRA`.");
        Field(x => x.Name).Description("English name of the country.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other spellings the sources use.").Resolve(ctx => ctx.Source.Aliases);
        Field(x => x.Institution, nullable: true).Description("The office's institution name, when the source gives one.");
        Field(x => x.Attended).Description("Whether the office's head attended the meeting.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequestType>>>>("requests")
            .Description("What this office needs (its requests), in dataset order.")
            .Resolve(ctx => ctx.Snapshot().RequestsByOffice[ctx.Source.Code]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferType>>>>("offers")
            .Description("What this office can give (its offers), in dataset order.")
            .Resolve(ctx => ctx.Snapshot().OffersByOffice[ctx.Source.Code]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Initiatives.InitiativeType>>>>("initiatives")
            .Description("The initiatives this office is part of, answering its requests or drawing on its offers (any status), in dataset order.")
            .Resolve(ctx => ctx.Snapshot().Dataset.Initiatives.Where(i => i.RequestOffices.Contains(ctx.Source.Code) || i.OfferOffices.Contains(ctx.Source.Code)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportEdgeType>>>>("supporters")
            .Description("Who can help this office: support edges into it, with the subjects.")
            .Resolve(ctx => ctx.Snapshot().Analysis.Snapshot.SupportEdges.Where(e => e.To == ctx.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportEdgeType>>>>("supported")
            .Description("Whom this office can help: support edges out of it, with the subjects.")
            .Resolve(ctx => ctx.Snapshot().Analysis.Snapshot.SupportEdges.Where(e => e.From == ctx.Source.Code));
        Field<NonNullGraphType<OfficeCentralityType>>("centrality")
            .Description("Its centrality measures on the support graph: degrees as counts, betweenness normalized and by hop count.")
            .Resolve(ctx => ctx.Snapshot().Analysis.Centrality()[ctx.Source.Code]);
        Field<NonNullGraphType<OfficeStandingType>>("standing")
            .Description("Its standing with the reasons in words (see `officeStandings`): why it is isolated, weakly tied or has unmet needs, or that it did not take part.")
            .Resolve(ctx => ctx.Snapshot().Analysis.Standings()[ctx.Source.Code]);
        Field<NonNullGraphType<OfficeIsolationType>>("isolation")
            .Description("How isolated it is: flags, component, articulation point, score.")
            .Resolve(ctx => ctx.Snapshot().Analysis.Isolation()[ctx.Source.Code]);
        Field<NonNullGraphType<OfficeNeedsType>>("needs")
            .Description("Its requests that nobody, or only one other office, can meet: its own entry of `needsReport.offices`.")
            .Resolve(ctx => ctx.Snapshot().Analysis.UnmetNeeds().Offices.First(o => o.Code == ctx.Source.Code));
        Field<NonNullGraphType<OfficeRankType>>("rank")
            .Description("Its place in `centrality(metric:)` (default arguments), without asking for the whole ranking.")
            .Argument<NonNullGraphType<CentralityMetricType>>("metric", "The measure to rank by (default PAGE_RANK).", a => a.DefaultValue = CentralityMeasure.PageRank)
            .Resolve(ctx =>
            {
                var metric = ctx.GetArgument<CentralityMeasure>("metric");
                var ranking = QuestionFields.Ranking(ctx.Snapshot(), metric, top: null, normalized: true, weighted: false);
                return new OfficeRank(metric, ranking.Ranking.First(r => r.Code == ctx.Source.Code), ranking.Ranking.Count);
            });
    }
}
