using CoopGraph.Planning.WorldCafe;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>CafeEncounter</c>.</summary>
public sealed class CafeEncounterType : ObjectGraphType<CafeEncounter>
{
    public CafeEncounterType()
    {
        Name = "CafeEncounter";
        Description = "A request seated with an offer on the table's subject.";
        Field(x => x.Requester).Description("Requesting office code.");
        Field(x => x.Offerer).Description("Offering office code.");
    }
}
