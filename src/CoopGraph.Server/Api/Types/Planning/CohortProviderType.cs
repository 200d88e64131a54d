using CoopGraph.Planning.Cohorts;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>CohortProvider</c>.</summary>
public sealed class CohortProviderType : ObjectGraphType<CohortProvider>
{
    public CohortProviderType()
    {
        Name = "CohortProvider";
        Description = "An office that could serve a cohort in one workshop.";
        Field(x => x.Office).Description("Offering office code.");
        Field(x => x.Requests).Description("Requests of cohort members (other than itself) it offers to meet.");
    }
}
