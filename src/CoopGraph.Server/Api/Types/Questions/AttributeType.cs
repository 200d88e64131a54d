using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>Attribute</c>.</summary>
public sealed class AttributeType : ObjectGraphType<KeyValuePair<string, string>>
{
    public AttributeType()
    {
        Name = "Attribute";
        Description = "A named text attribute of a node.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Attribute name, e.g. `area`, `status`, `flags`.").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Description("Attribute value.").Resolve(ctx => ctx.Source.Value);
    }
}
