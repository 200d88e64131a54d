using CoopGraph.Analytics.Isolation;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>OfficeStanding</c>.</summary>
public sealed class OfficeStandingType : ObjectGraphType<OfficeStanding>
{
    public OfficeStandingType()
    {
        Name = "OfficeStanding";
        Description = "An office's standing in the support network, with its reasons in words.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Code));
        Field<NonNullGraphType<StandingKindType>>("standing").Description("Its weakest trait.").Resolve(ctx => ctx.Source.Standing);
        Field(x => x.Supporters).Description("How many offices can help it.");
        Field(x => x.Supported).Description("How many offices it can help.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StandingReasonType>>>>("reasons").Description("Why, weakest first (empty when well connected).").Resolve(ctx => ctx.Source.Reasons);
        Field(x => x.Rank).Description("1-based position, weakest first (weak ties ranked by the weak side's count, then all ties).");
    }
}
