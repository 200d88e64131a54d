using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>Area</c>.</summary>
public sealed class AreaType : ObjectGraphType<Area>
{
    public AreaType()
    {
        Name = "Area";
        Description = "A thematic area grouping subjects (one table per area in the Lima report).";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Stable identifier, e.g. `infrastructure`.");
        Field(x => x.Name).Description("Display name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("subjects")
            .Description("The subjects of this area, in dataset order.")
            .Resolve(ctx => ctx.Snapshot().SubjectsByArea[ctx.Source.Id]);
    }
}
