using CoopGraph.Planning.Workshops;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>WorkshopRequest</c>.</summary>
public sealed class WorkshopRequestType : ObjectGraphType<WorkshopRequest>
{
    public WorkshopRequestType()
    {
        Name = "WorkshopRequest";
        Description = "A request a workshop answers.";
        Field(x => x.Office).Description("Requesting office code (a participant).");
        Field(x => x.Weight).Description("Its weight in the objective.");
        Field(x => x.Isolated).Description("Whether the requester carries an isolation flag.");
    }
}
