using CoopGraph.Analytics.Paths;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>BilateralResult</c>.</summary>
public sealed class BilateralResultType : ObjectGraphType<BilateralResult>
{
    public BilateralResultType()
    {
        Name = "BilateralResult";
        Description = "One office's bilateral opportunities: every partner and the subjects each way.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Office));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BilateralPartnerType>>>>("partners").Description("Its partners, by code.").Resolve(ctx => ctx.Source.Partners);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("Definitions, dataset version and edges.").Resolve(ctx => ctx.Source.Evidence);
    }
}
