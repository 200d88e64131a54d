using CoopGraph.Planning.Workshops;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>Workshop</c>.</summary>
public sealed class WorkshopType : ObjectGraphType<Workshop>
{
    public WorkshopType()
    {
        Name = "Workshop";
        Description = "One regional workshop: a subject, its hosts and participants.";
        Field(x => x.Subject).Description("Subject id.");
        Field(x => x.Status).Description("The subject's need status (UNMET, FRAGILE, COVERED).");
        Field(x => x.Hosts).Description("Offices that offer the subject (co-hosts).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkshopRequestType>>>>("participants").Description("The requests it answers, one per participant.").Resolve(ctx => ctx.Source.Participants);
        Field(x => x.Value).Description("Summed weight of those requests.");
    }
}
