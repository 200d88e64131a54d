using CoopGraph.Planning.WorldCafe;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>CafeWeightsInput</c>: any weight left out keeps its default.</summary>
public sealed class CafeWeightsInputType : InputObjectGraphType<WorldCafeWeights>
{
    public CafeWeightsInputType()
    {
        Name = "CafeWeightsInput";
        Description = "Weights of the World Café objective (0..1000); any left out keeps its default.";
        var d = WorldCafeWeights.Default;
        Field<IntGraphType>("interestSeat").Description($"Per seat where the office requests or offers the table's subject (default {d.InterestSeat}).");
        Field<IntGraphType>("encounter").Description($"Per distinct (requester, offerer, subject) meeting (default {d.Encounter}).");
        Field<IntGraphType>("repeatedPair").Description($"Per repeated meeting of two offices (default {d.RepeatedPair}).");
        Field<IntGraphType>("imbalance").Description($"Per office of difference between a round's largest and smallest table (default {d.Imbalance}).");
    }

    /// <inheritdoc />
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var d = WorldCafeWeights.Default;
        return new WorldCafeWeights(
            Get(value, "interestSeat", d.InterestSeat), Get(value, "encounter", d.Encounter), Get(value, "repeatedPair", d.RepeatedPair), Get(value, "imbalance", d.Imbalance));
    }

    private static int Get(IDictionary<string, object?> value, string name, int fallback) =>
        value.TryGetValue(name, out var v) && v is int i ? i : fallback;
}
