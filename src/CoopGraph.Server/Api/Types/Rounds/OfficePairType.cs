using CoopGraph.Analytics.Rounds;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Rounds;

/// <summary>GraphQL <c>OfficePair</c>.</summary>
public sealed class OfficePairType : ObjectGraphType<OfficePair>
{
    public OfficePairType()
    {
        Name = "OfficePair";
        Description = "Two offices that can each help the other on some subject; a sorts before b.";
        Field(x => x.A).Description("One office code.");
        Field(x => x.B).Description("The other office code.");
    }
}
