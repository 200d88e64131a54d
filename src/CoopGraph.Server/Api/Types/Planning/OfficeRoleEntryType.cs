using CoopGraph.Planning.Cohorts;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>OfficeRole</c>.</summary>
public sealed class OfficeRoleEntryType : ObjectGraphType<OfficeRoleEntry>
{
    public OfficeRoleEntryType()
    {
        Name = "OfficeRole";
        Description = "One office's role and the numbers behind it.";
        Field(x => x.Office).Description("Office code.");
        Field<NonNullGraphType<OfficeRoleKindType>>("role").Description("The role.").Resolve(ctx => ctx.Source.Role);
        Field(x => x.InDegree).Description("Offices that can help it on the support graph.");
        Field(x => x.OutDegree).Description("Offices it can help.");
        Field(x => x.OutShare).Description("outDegree / (offices − 1).");
        Field(x => x.Betweenness).Description("Normalised directed betweenness on the support graph.");
        Field(x => x.Reason).Description("The rule that decided, with the numbers.");
    }
}
