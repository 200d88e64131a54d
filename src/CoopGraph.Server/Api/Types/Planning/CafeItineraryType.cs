using CoopGraph.Planning.WorldCafe;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>CafeItinerary</c>.</summary>
public sealed class CafeItineraryType : ObjectGraphType<CafeItinerary>
{
    public CafeItineraryType()
    {
        Name = "CafeItinerary";
        Description = "One office's day at the World Café.";
        Field(x => x.Office).Description("Office code.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CafeStopType>>>>("stops").Description("One stop per round.").Resolve(ctx => ctx.Source.Stops);
    }
}
