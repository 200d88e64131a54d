using CoopGraph.Planning.WorldCafe;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>CafeSubject</c>.</summary>
public sealed class CafeSubjectType : ObjectGraphType<CafeSubject>
{
    public CafeSubjectType()
    {
        Name = "CafeSubject";
        Description = "A subject on the World Café programme (one facilitator).";
        Field(x => x.Id).Description("Subject id.");
        Field(x => x.Name).Description("Display name.");
        Field(x => x.Request, nullable: true).Description("The request as the source words it.");
        Field(x => x.Requesters).Description("Participating offices that request it (codes).");
        Field(x => x.Offerers).Description("Participating offices that offer it (codes).");
    }
}
