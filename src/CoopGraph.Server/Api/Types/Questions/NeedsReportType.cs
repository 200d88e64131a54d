using CoopGraph.Analytics.Needs;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>NeedsReport</c>.</summary>
public sealed class NeedsReportType : ObjectGraphType<UnmetNeedsResult>
{
    public NeedsReportType()
    {
        Name = "NeedsReport";
        Description = "Needs per subject, area and office; cross-cutting subjects nobody offers apart.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectNeedType>>>>("subjects").Description("Every subject but the cross-cutting ones nobody offers, in dataset order.")
            .Resolve(ctx => ctx.Source.Subjects.Select(s => new SubjectNeedAnswer(s, ctx.Source.Evidence)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectNeedType>>>>("crossCutting").Description("The cross-cutting subjects nobody offers, left out of every roll-up (an offered one is in `subjects`, like any other).")
            .Resolve(ctx => ctx.Source.CrossCutting.Select(s => new SubjectNeedAnswer(s, ctx.Source.Evidence)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaNeedsType>>>>("areas").Description("Roll-up per area, in dataset order.").Resolve(ctx => ctx.Source.Areas);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeNeedsType>>>>("offices").Description("Per office (code order), its unmet and fragile requests.").Resolve(ctx => ctx.Source.Offices);
        Field(x => x.CoverageRatio).Description("Covered requests / requests over `subjects` (the share of requests some other office offers).");
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("Definitions and dataset version.").Resolve(ctx => ctx.Source.Evidence);
    }
}
