using CoopGraph.Planning.Cohorts;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>CohortSubject</c>.</summary>
public sealed class CohortSubjectType : ObjectGraphType<CohortSubject>
{
    public CohortSubjectType()
    {
        Name = "CohortSubject";
        Description = "A subject requested inside a cohort.";
        Field(x => x.Subject).Description("Subject id.");
        Field(x => x.Requesters).Description("Cohort members that request it.");
    }
}
