using CoopGraph.Planning.Cohorts;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>Roles</c>.</summary>
public sealed class RolesResultType : ObjectGraphType<RolesResult>
{
    public RolesResultType()
    {
        Name = "Roles";
        Description = "Every office's role in the support network, from degrees and betweenness.";
        Field(x => x.DatasetVersion).Description("Dataset version.");
        Field<NonNullGraphType<RoleThresholdsType>>("thresholds").Description("Thresholds used.").Resolve(ctx => ctx.Source.Thresholds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeRoleEntryType>>>>("offices").Description("One entry per office, in code order.").Resolve(ctx => ctx.Source.Offices);
    }
}
