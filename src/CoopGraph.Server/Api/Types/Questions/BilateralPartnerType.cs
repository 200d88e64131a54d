using CoopGraph.Analytics.Paths;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>BilateralPartner</c>.</summary>
public sealed class BilateralPartnerType : ObjectGraphType<BilateralPartner>
{
    public BilateralPartnerType()
    {
        Name = "BilateralPartner";
        Description = "A partner of the office, with the subjects each way.";
        Field<NonNullGraphType<OfficeType>>("partner").Description("The partner office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Partner));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("officeHelpsPartner").Description("Subjects the office offers and the partner requests.")
            .Resolve(ctx => ctx.Source.OfficeHelpsPartner.Select(s => ctx.Snapshot().Subject(s)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("partnerHelpsOffice").Description("Subjects the partner offers and the office requests.")
            .Resolve(ctx => ctx.Source.PartnerHelpsOffice.Select(s => ctx.Snapshot().Subject(s)!));
        Field<NonNullGraphType<BooleanGraphType>>("reciprocal").Description("Whether help goes both ways.").Resolve(ctx => ctx.Source.Reciprocal);
    }
}
