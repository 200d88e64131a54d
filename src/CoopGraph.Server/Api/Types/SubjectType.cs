using CoopGraph.Analytics.Needs;
using CoopGraph.Domain;
using CoopGraph.Server.Api.Types.Questions;
using GraphQL;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>Subject</c>.</summary>
public sealed class SubjectType : ObjectGraphType<Subject>
{
    public SubjectType()
    {
        Name = "Subject";
        Description = "A subject on which offices request or offer cooperation.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Stable identifier (kebab-case).");
        Field(x => x.Name).Description("Short display name.");
        Field(x => x.Request, nullable: true).Description("The request text as the source words it.");
        Field(x => x.CrossCutting).Description(NeedWords.CrossCuttingMeaning);
        Field<NonNullGraphType<AreaType>>("area").Description("The area the subject belongs to.")
            .Resolve(ctx => ctx.Snapshot().Area(ctx.Source.Area));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequestType>>>>("requests")
            .Description("The requests for this subject, with provenance.")
            .Resolve(ctx => ctx.Snapshot().RequestsBySubject[ctx.Source.Id]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferType>>>>("offers")
            .Description("The offers of this subject, with provenance.")
            .Resolve(ctx => ctx.Snapshot().OffersBySubject[ctx.Source.Id]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("requesters")
            .Description("Offices that request this subject, by code.")
            .Resolve(ctx => Offices(ctx, ctx.Snapshot().RequestsBySubject[ctx.Source.Id].Select(r => r.Office)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offerers")
            .Description("Offices that offer this subject, by code.")
            .Resolve(ctx => Offices(ctx, ctx.Snapshot().OffersBySubject[ctx.Source.Id].Select(o => o.Office)));
        Field<NonNullGraphType<NeedStatusType>>("status")
            .Description("How well its requests can be met: the worst status of its requests (see NeedStatus).")
            .Resolve(ctx => ctx.Snapshot().Analysis.UnmetNeeds()[ctx.Source.Id].Status);
        Field<NonNullGraphType<StringGraphType>>("statusLabel")
            .Description("Its status with the cross-cutting property beside it, e.g. `UNMET (cross-cutting)`: the words the CLI and the page show.")
            .Resolve(ctx => NeedWords.Label(ctx.Snapshot().Analysis.UnmetNeeds()[ctx.Source.Id].Status, ctx.Source.CrossCutting));
        Field<NonNullGraphType<FloatGraphType>>("coverage")
            .Description("Share of its requests some other office can meet (0 without requests).")
            .Resolve(ctx => ctx.Snapshot().Analysis.UnmetNeeds()[ctx.Source.Id].CoverageRatio);
    }

    private static IEnumerable<Office> Offices(IResolveFieldContext ctx, IEnumerable<string> codes) =>
        codes.Distinct().Order(StringComparer.Ordinal).Select(c => ctx.Snapshot().Office(c)).OfType<Office>();
}
