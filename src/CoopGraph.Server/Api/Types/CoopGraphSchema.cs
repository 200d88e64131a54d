using GraphQL.Introspection;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>The CoopGraph GraphQL schema (one instance for the process).</summary>
public sealed class CoopGraphSchema : Schema
{
    private readonly IServiceProvider _services;

    /// <summary>Assembles the schema from its root types.</summary>
    public CoopGraphSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        _services = services;
        Description = "CoopGraph: who can help whom among intellectual-property offices.";
        Query = query;
        Mutation = mutation;

        // What graphql-js's getIntrospectionQuery asks with every option (GraphiQL, codegen): isRepeatable on
        // directives and includeDeprecated/isDeprecated on arguments and input fields.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
    }

    /// <inheritdoc />
    protected override SchemaTypes CreateSchemaTypes() =>
        new(this, _services, (IEnumerable<IGraphTypeMappingProvider>?)_services.GetService(typeof(IEnumerable<IGraphTypeMappingProvider>)), CompleteIntrospection);

    /// <summary>
    /// The two parts of the October 2021 introspection that GraphQL.NET 8 lacks and graphql-js asks for with
    /// <c>specifiedByUrl</c> and <c>inputValueDeprecation</c>: <c>__Type.specifiedByURL</c> (null: no scalar here names a
    /// specification) and <c>includeDeprecated</c> on <c>__Directive.args</c> (no directive argument is deprecated).
    /// </summary>
    private static void CompleteIntrospection(IGraphType type)
    {
        if (type is __Type typeType && typeType.GetField("specifiedByURL") is null)
        {
            typeType.Field<StringGraphType>("specifiedByURL")
                .Description("`specifiedByURL` may return a String (in the form of a URL) for custom scalars, otherwise it will return `null`.")
                .Resolve(_ => null);
        }
        else if (type is __Directive directive && directive.GetField("args") is { } args && args.Arguments?.Find("includeDeprecated") is null)
        {
            args.Arguments ??= [];
            args.Arguments.Add(new QueryArgument<BooleanGraphType> { Name = "includeDeprecated", DefaultValue = false });
        }
    }
}
