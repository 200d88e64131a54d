using CoopGraph.Domain.Initiatives;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Initiatives;

/// <summary>GraphQL <c>InitiativeStatus</c>.</summary>
public sealed class InitiativeStatusType : EnumerationGraphType<InitiativeStatus>
{
    /// <summary>Names the values.</summary>
    public InitiativeStatusType()
    {
        Name = "InitiativeStatus";
        Description = "Where an initiative stands: PROPOSED → AGREED → IN_PROGRESS → COMPLETED, or DROPPED from any open status. COMPLETED and DROPPED are final.";
        this.Describe("PROPOSED", "Recorded as possible (e.g. in the meeting's table of initiatives). Next: AGREED or DROPPED.");
        this.Describe("AGREED", "The offices involved agreed to do it. Next: IN_PROGRESS or DROPPED.");
        this.Describe("IN_PROGRESS", "Work has started. Next: COMPLETED or DROPPED.");
        this.Describe("COMPLETED", "Done (final).");
        this.Describe("DROPPED", "Abandoned before completion (final).");
    }
}
