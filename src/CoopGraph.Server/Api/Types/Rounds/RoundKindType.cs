using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Rounds;

/// <summary>GraphQL <c>RoundKind</c>.</summary>
public sealed class RoundKindType : EnumerationGraphType<RoundKind>
{
    /// <summary>Names the type.</summary>
    public RoundKindType()
    {
        Name = "RoundKind";
        Description = "What step of the planners' loop a round records.";
        this.Describe("SURVEY", "A questionnaire collected requests and offers.");
        this.Describe("MEETING", "A meeting refined them.");
        this.Describe("FOLLOW_UP", "A follow-up after a meeting.");
    }
}
