using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>Parameter</c>: one named parameter of an algorithm.</summary>
public sealed class ParameterType : ObjectGraphType<KeyValuePair<string, string>>
{
    public ParameterType()
    {
        Name = "Parameter";
        Description = "One named parameter value of an algorithm.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Parameter name.").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Description("Parameter value, as text.").Resolve(ctx => ctx.Source.Value);
    }
}
