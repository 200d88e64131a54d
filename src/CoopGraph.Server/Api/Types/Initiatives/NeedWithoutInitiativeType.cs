using CoopGraph.Analytics.FollowUp;
using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Initiatives;

/// <summary>GraphQL <c>NeedWithoutInitiative</c>.</summary>
public sealed class NeedWithoutInitiativeType : ObjectGraphType<NeedWithoutInitiative>
{
    public NeedWithoutInitiativeType()
    {
        Name = "NeedWithoutInitiative";
        Description = "A request no live initiative answers.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The requesting office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Office));
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject requested.").Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Subject));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offerers")
            .Description("Other offices offering the subject: whom to contact (empty: nobody can help yet).")
            .Resolve(ctx => ctx.Source.Offerers.Select(c => ctx.Snapshot().Office(c)).OfType<Office>());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("droppedInitiatives")
            .Description("Ids of DROPPED initiatives that once answered it.").Resolve(ctx => ctx.Source.DroppedInitiatives);
        Field(x => x.CrossCutting).Description("Whether the subject is a cross-cutting need every office shares.");
    }
}
