using CoopGraph.Planning.WorldCafe;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>CafeFigures</c>.</summary>
public sealed class CafeFiguresType : ObjectGraphType<CafeFigures>
{
    public CafeFiguresType()
    {
        Name = "CafeFigures";
        Description = "Quality figures of a World Café plan (docs/planning.md).";
        Field(x => x.InterestSeats).Description("Seats where the office requests or offers the table's subject.");
        Field(x => x.UselessSeats).Description("Seats where the office neither requests nor offers the table's subject.");
        Field(x => x.Encounters).Description("Distinct (requester, offerer, subject) triples seated together at a table on that subject.");
        Field(x => x.RepeatedPairs).Description("Meetings of two offices after their first, summed over pairs.");
        Field(x => x.Imbalance).Description("Largest minus smallest table of each round, summed over rounds.");
        Field(x => x.Objective).Description("The weighted objective: interestSeat·interestSeats + encounter·encounters − repeatedPair·repeatedPairs − imbalance·imbalance.");
    }
}
