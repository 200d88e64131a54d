using CoopGraph.Analytics.Paths;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>ReciprocalPairs</c>.</summary>
public sealed class ReciprocalPairsType : ObjectGraphType<ReciprocalPairsResult>
{
    public ReciprocalPairsType()
    {
        Name = "ReciprocalPairs";
        Description = "Every pair of offices that can each help the other.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReciprocalPairType>>>>("pairs").Description("The pairs, by codes.").Resolve(ctx => ctx.Source.Pairs);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("Definitions, dataset version and edges.").Resolve(ctx => ctx.Source.Evidence);
    }
}
