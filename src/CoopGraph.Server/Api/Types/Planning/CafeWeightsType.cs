using CoopGraph.Planning.WorldCafe;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>CafeWeights</c>.</summary>
public sealed class CafeWeightsType : ObjectGraphType<WorldCafeWeights>
{
    public CafeWeightsType()
    {
        Name = "CafeWeights";
        Description = "The weights of the World Café objective.";
        Field(x => x.InterestSeat).Description("Per seat where the office requests or offers the table's subject.");
        Field(x => x.Encounter).Description("Per distinct (requester, offerer, subject) meeting.");
        Field(x => x.RepeatedPair).Description("Per repeated meeting of two offices.");
        Field(x => x.Imbalance).Description("Per office of difference between a round's largest and smallest table.");
    }
}
