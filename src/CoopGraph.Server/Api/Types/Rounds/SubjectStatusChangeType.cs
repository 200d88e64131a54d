using CoopGraph.Analytics.Rounds;
using CoopGraph.Server.Api.Types.Questions;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Rounds;

/// <summary>GraphQL <c>SubjectStatusChange</c>.</summary>
public sealed class SubjectStatusChangeType : ObjectGraphType<SubjectStatusChange>
{
    public SubjectStatusChangeType()
    {
        Name = "SubjectStatusChange";
        Description = "A subject whose need status differs between the two rounds.";
        Field(x => x.Subject).Description("Subject id.");
        Field(x => x.Area).Description("Area id.");
        Field<NonNullGraphType<NeedStatusType>>("from").Description("Status in the first round.").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<NeedStatusType>>("to").Description("Status in the second round.").Resolve(ctx => ctx.Source.To);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("offerersFrom").Description("Offering office codes in the first round.").Resolve(ctx => ctx.Source.OfferersFrom);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("offerersTo").Description("Offering office codes in the second round.").Resolve(ctx => ctx.Source.OfferersTo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("requestersFrom").Description("Requesting office codes in the first round.").Resolve(ctx => ctx.Source.RequestersFrom);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("requestersTo").Description("Requesting office codes in the second round.").Resolve(ctx => ctx.Source.RequestersTo);
    }
}
