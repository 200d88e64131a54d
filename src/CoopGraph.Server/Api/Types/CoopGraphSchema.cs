using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>The CoopGraph GraphQL schema (one instance for the process).</summary>
public sealed class CoopGraphSchema : Schema
{
    /// <summary>Assembles the schema from its root types.</summary>
    public CoopGraphSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Description = "CoopGraph: who can help whom among intellectual-property offices.";
        Query = query;
        Mutation = mutation;
    }
}
