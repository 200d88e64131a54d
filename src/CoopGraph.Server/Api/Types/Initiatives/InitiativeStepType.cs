using CoopGraph.Domain.Initiatives;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Initiatives;

/// <summary>GraphQL <c>InitiativeStep</c>.</summary>
public sealed class InitiativeStepType : ObjectGraphType<InitiativeStep>
{
    public InitiativeStepType()
    {
        Name = "InitiativeStep";
        Description = "One dated transition of an initiative.";
        Field<NonNullGraphType<InitiativeStatusType>>("status").Description("The status it moved to.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Description("When (ISO 8601).").Resolve(ctx => ctx.Source.At);
        Field(x => x.Actor).Description("Who recorded it (the API key's name, or the importer's).");
        Field(x => x.Note, nullable: true).Description("Why, or what was decided.");
    }
}
