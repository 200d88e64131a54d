using CoopGraph.Planning.Cohorts;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>Cohort</c>.</summary>
public sealed class CohortType : ObjectGraphType<Cohort>
{
    public CohortType()
    {
        Name = "Cohort";
        Description = "A group of offices with similar needs.";
        Field(x => x.Id).Description("Cohort number, from 1, largest first.");
        Field(x => x.Offices).Description("Member office codes.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CohortSubjectType>>>>("subjects").Description("Subjects its members request, most requested first (at most five).").Resolve(ctx => ctx.Source.Subjects);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CohortProviderType>>>>("providers").Description("Offices offering the most of the members' requests (at most three).").Resolve(ctx => ctx.Source.Providers);
        Field(x => x.Cohesion).Description("Mean Jaccard similarity over pairs of members (1 for a single office).");
    }
}
