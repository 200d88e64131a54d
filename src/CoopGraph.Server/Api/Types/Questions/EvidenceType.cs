using CoopGraph.Analytics;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>Evidence</c>.</summary>
public sealed class EvidenceType : ObjectGraphType<Evidence>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "What an answer rests on, so a reader can check it: algorithm, parameters, dataset version and edges.";
        Field(x => x.Algorithm).Description("The algorithm and the definitions used.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParameterType>>>>("parameters").Description("Parameter values by name, as text.")
            .Resolve(ctx => ctx.Source.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal));
        Field(x => x.DatasetVersion).Description("The dataset version (content hash) the answer was computed on.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportEdgeType>>>>("edges")
            .Description("The support edges behind the scores or paths (empty when the answer rests on requests and offers alone).")
            .Resolve(ctx => ctx.Source.Edges);
    }
}
