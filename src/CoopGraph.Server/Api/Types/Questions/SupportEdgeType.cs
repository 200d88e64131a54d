using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>SupportEdge</c>.</summary>
public sealed class SupportEdgeType : ObjectGraphType<SupportEdge>
{
    public SupportEdgeType()
    {
        Name = "SupportEdge";
        Description = "`from` offers some subject that `to` requests: `from` can help `to`.";
        Field<NonNullGraphType<OfficeType>>("from").Description("The office that can help.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.From));
        Field<NonNullGraphType<OfficeType>>("to").Description("The office that can be helped.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.To));
        Field(x => x.Weight).Description("Number of subjects behind the edge.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("subjects").Description("The subjects behind the edge, in dataset order.")
            .Resolve(ctx => ctx.Source.Subjects.Select(id => ctx.Snapshot().Subject(id)!));
    }
}
