using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Initiatives;

/// <summary>GraphQL <c>ProposeInitiativeInput</c>.</summary>
public sealed class ProposeInitiativeInputType : InputObjectGraphType<ProposeInitiativeInput>
{
    public ProposeInitiativeInputType()
    {
        Name = "ProposeInitiativeInput";
        Description = "A new initiative: offices that offer a subject help offices that request it.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Its id: lower-case letters, digits and dashes, e.g. `bra-green-fast-track`. Proposing the same id with the same content again changes nothing.");
        Field(x => x.Title).Description("What it does, in a line.");
        Field(x => x.Subject, type: typeof(NonNullGraphType<IdGraphType>)).Description("The subject id; every office below must request (or offer) it.");
        Field(x => x.RequestOffices, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>)).Description("Codes of the offices whose request of the subject it answers (at least one).");
        Field(x => x.OfferOffices, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>)).Description("Codes of the offices whose offer of the subject it draws on (at least one).");
        Field(x => x.Round, type: typeof(IdGraphType)).Description("The round it is proposed in (must be a round of the dataset).");
        Field(x => x.Note, nullable: true).Description("Why, or where it was recorded (e.g. `Lima table, management#2`).");
        Field(x => x.At, type: typeof(DateTimeOffsetGraphType)).Description("When it was proposed (ISO 8601); default: now.");
    }
}
