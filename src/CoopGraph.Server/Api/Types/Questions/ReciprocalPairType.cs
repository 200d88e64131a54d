using CoopGraph.Analytics.Paths;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>ReciprocalPair</c>.</summary>
public sealed class ReciprocalPairType : ObjectGraphType<ReciprocalPair>
{
    public ReciprocalPairType()
    {
        Name = "ReciprocalPair";
        Description = "Two offices that can each help the other.";
        Field<NonNullGraphType<OfficeType>>("a").Description("One office (the first by code).").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.A));
        Field<NonNullGraphType<OfficeType>>("b").Description("The other office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.B));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("aHelpsB").Description("Subjects a offers and b requests.")
            .Resolve(ctx => ctx.Source.AHelpsB.Select(s => ctx.Snapshot().Subject(s)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("bHelpsA").Description("Subjects b offers and a requests.")
            .Resolve(ctx => ctx.Source.BHelpsA.Select(s => ctx.Snapshot().Subject(s)!));
    }
}
