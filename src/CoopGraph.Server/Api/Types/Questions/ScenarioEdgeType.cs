using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>ScenarioEdge</c>: a support edge by codes (it may involve a removed office).</summary>
public sealed class ScenarioEdgeType : ObjectGraphType<SupportEdge>
{
    public ScenarioEdgeType()
    {
        Name = "ScenarioEdge";
        Description = "A support edge by office codes and subject ids.";
        Field<NonNullGraphType<IdGraphType>>("from").Description("Code of the office that can help.").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<IdGraphType>>("to").Description("Code of the office that can be helped.").Resolve(ctx => ctx.Source.To);
        Field(x => x.Weight).Description("Number of subjects behind the edge.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("subjects").Description("Ids of the subjects behind the edge.").Resolve(ctx => ctx.Source.Subjects);
    }
}
