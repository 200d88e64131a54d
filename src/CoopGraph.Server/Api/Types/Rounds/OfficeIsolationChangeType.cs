using CoopGraph.Analytics.Rounds;
using CoopGraph.Server.Api.Types.Questions;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Rounds;

/// <summary>GraphQL <c>OfficeIsolationChange</c>.</summary>
public sealed class OfficeIsolationChangeType : ObjectGraphType<OfficeIsolationChange>
{
    public OfficeIsolationChangeType()
    {
        Name = "OfficeIsolationChange";
        Description = "An office whose isolation flags, score or supporters differ between the two rounds.";
        Field(x => x.Office).Description("Office code.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IsolationSignType>>>>("flagsFrom").Description("Flags in the first round.").Resolve(ctx => ctx.Source.FlagsFrom);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IsolationSignType>>>>("flagsTo").Description("Flags in the second round.").Resolve(ctx => ctx.Source.FlagsTo);
        Field(x => x.ScoreFrom).Description("Isolation score in the first round.");
        Field(x => x.ScoreTo).Description("Isolation score in the second round.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("supportersGained").Description("Offices that can help it in the second round only.").Resolve(ctx => ctx.Source.SupportersGained);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("supportersLost").Description("Offices that could help it in the first round only.").Resolve(ctx => ctx.Source.SupportersLost);
    }
}
