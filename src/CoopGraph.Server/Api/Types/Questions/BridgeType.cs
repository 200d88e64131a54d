using CoopGraph.Analytics.Isolation;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>Bridge</c>.</summary>
public sealed class BridgeType : ObjectGraphType<CollaborationBridge>
{
    public BridgeType()
    {
        Name = "Bridge";
        Description = "A collaboration tie whose loss would split its component.";
        Field<NonNullGraphType<OfficeType>>("a").Description("One office (the first by code).").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.A));
        Field<NonNullGraphType<OfficeType>>("b").Description("The other office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.B));
    }
}
