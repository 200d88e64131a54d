using CoopGraph.Analytics;
using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Analytics;

/// <summary>GraphQL <c>Evidence</c>.</summary>
public sealed class EvidenceType : ObjectGraphType<Evidence>
{
    /// <summary>Defines the fields.</summary>
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

/// <summary>GraphQL <c>Parameter</c>: one named parameter of an algorithm.</summary>
public sealed class ParameterType : ObjectGraphType<KeyValuePair<string, string>>
{
    /// <summary>Defines the fields.</summary>
    public ParameterType()
    {
        Name = "Parameter";
        Description = "One named parameter value of an algorithm.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Parameter name.").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Description("Parameter value, as text.").Resolve(ctx => ctx.Source.Value);
    }
}

/// <summary>GraphQL <c>SupportEdge</c>.</summary>
public sealed class SupportEdgeType : ObjectGraphType<SupportEdge>
{
    /// <summary>Defines the fields.</summary>
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
