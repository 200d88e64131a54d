using GraphQL.Validation;

namespace CoopGraph.Server.Api.Http;

/// <summary>GraphQL.NET's introspection refusal with this service's code, for <c>GraphQL:Introspection=false</c>.</summary>
internal sealed class IntrospectionOffRule : ValidationRuleBase
{
    /// <summary>The one instance.</summary>
    public static IntrospectionOffRule Instance { get; } = new();

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLParser.AST.GraphQLField>((field, ctx) =>
        {
            if (field.Name.Value.Length > 2 && (field.Name == "__schema" || field.Name == "__type"))
            {
                ctx.ReportError(new GraphQL.Validation.Errors.Custom.NoIntrospectionError(ctx.Document.Source, field)
                {
                    Code = ErrorCodes.IntrospectionDisabled,
                });
            }
        }));
}
