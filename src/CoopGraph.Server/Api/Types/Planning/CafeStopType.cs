using CoopGraph.Planning.WorldCafe;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>CafeStop</c>.</summary>
public sealed class CafeStopType : ObjectGraphType<CafeStop>
{
    public CafeStopType()
    {
        Name = "CafeStop";
        Description = "Where an office sits in one round.";
        Field(x => x.Round).Description("Round number, from 1.");
        Field(x => x.Table).Description("Table number.");
        Field(x => x.Subject).Description("Subject id.");
        Field(x => x.Role).Description("REQUESTS, OFFERS, BOTH or NEITHER: the office's stake in the subject.");
        Field(x => x.With).Description("The other offices at the table.");
    }
}
