using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>Confidence</c>.</summary>
public sealed class ConfidenceType : EnumerationGraphType<Confidence>
{
    public ConfidenceType()
    {
        Name = "Confidence";
        Description = "How surely the source supports the direction (who asks, who offers) of a request or offer.";
        this.Describe("HIGH", "A sentence of the report's narrative confirms who asks or who offers, or the offer's wording names the offering office.");
        this.Describe("MEDIUM", "Who asks and who offers follows only from where the country list sits in the report's table.");
        this.Describe("LOW", "A judgement call: a scrambled table or an inference from the narrative. Hypothetical offers of `whatIf` count as LOW too.");
    }
}
