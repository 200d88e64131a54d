using CoopGraph.Analytics.Isolation;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>OfficeStandings</c>.</summary>
public sealed class OfficeStandingsType : ObjectGraphType<OfficeStandingsResult>
{
    public OfficeStandingsType()
    {
        Name = "OfficeStandings";
        Description = "Every office's standing, weakest first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeStandingType>>>>("offices")
            .Description("Isolated, then weak ties (weakest side first), then unmet needs, well connected, and those that did not take part.")
            .Resolve(ctx => ctx.Source.Offices);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("The rule, its threshold and the dataset version.").Resolve(ctx => ctx.Source.Evidence);
    }
}
