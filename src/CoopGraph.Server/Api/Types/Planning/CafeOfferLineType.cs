using CoopGraph.Planning.WorldCafe;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>CafeOfferLine</c>.</summary>
public sealed class CafeOfferLineType : ObjectGraphType<CafeOfferLine>
{
    public CafeOfferLineType()
    {
        Name = "CafeOfferLine";
        Description = "An offer's wording, to open the conversation.";
        Field(x => x.Office).Description("Offering office code.");
        Field(x => x.Wording, nullable: true).Description("The source's offer text (null when it gives none).");
    }
}
