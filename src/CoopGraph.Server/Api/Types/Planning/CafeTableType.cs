using CoopGraph.Planning.WorldCafe;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>CafeTable</c>.</summary>
public sealed class CafeTableType : ObjectGraphType<CafeTable>
{
    public CafeTableType()
    {
        Name = "CafeTable";
        Description = "One table in one round: the timetable cell and the facilitator's sheet.";
        Field(x => x.Round).Description("Round number, from 1.");
        Field(x => x.Table).Description("Table number within the round, from 1.");
        Field(x => x.Subject).Description("Subject id discussed.");
        Field(x => x.Offices).Description("Seated office codes.");
        Field(x => x.Requesters).Description("Seated offices that request the subject.");
        Field(x => x.Offerers).Description("Seated offices that offer it.");
        Field(x => x.Others).Description("Seated offices that neither request nor offer it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CafeOfferLineType>>>>("offers").Description("The offerers' wordings, to open the conversation.").Resolve(ctx => ctx.Source.Offers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CafeEncounterType>>>>("encounters").Description("Every request at the table that meets an offer.").Resolve(ctx => ctx.Source.Encounters);
    }
}
