using CoopGraph.Planning.Workshops;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>WorkshopWeights</c>.</summary>
public sealed class WorkshopWeightsType : ObjectGraphType<WorkshopWeights>
{
    public WorkshopWeightsType()
    {
        Name = "WorkshopWeights";
        Description = "The value of an answered request.";
        Field(x => x.Base).Description("Every answered request.");
        Field(x => x.IsolatedOffice).Description("Extra when the requester carries an isolation flag.");
        Field(x => x.UnmetSubject).Description("Extra when the subject's status is UNMET.");
        Field(x => x.FragileSubject).Description("Extra when the subject's status is FRAGILE.");
    }
}
