using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>Network</c>.</summary>
public sealed class NetworkType : ObjectGraphType<Network>
{
    public NetworkType()
    {
        Name = "Network";
        Description = "A standing network of offices named by the source.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Stable identifier.");
        Field(x => x.Name).Description("Display name.");
        Field(x => x.Description, nullable: true).Description("What the network does.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("members")
            .Description("Member offices, where the source names them.")
            .Resolve(ctx => ctx.Source.Members.Select(code => ctx.Snapshot().Office(code)).OfType<Office>());
    }
}
