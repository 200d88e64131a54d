using CoopGraph.Server.Snapshots;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace CoopGraph.Server.Api.Http;

/// <summary>
/// Executes a parsed document on one snapshot with the validation rules it still needs: the request-independent rules
/// only the first time a document is seen (a cached document passed them), the complexity estimate again only when the
/// dataset's list sizes changed or variables can change it, and "queries only" over GET. The expensive-operation limit
/// listens to every execution; the permit it gives is released when the execution ends.
/// </summary>
internal sealed class GraphQLExecution(IDocumentExecuter executer, ISchema schema, ExpensiveOperations expensive, GraphQLOptions limits)
{
    private readonly Lazy<IntrospectionSizes> _introspectionSizes = new(() => new IntrospectionSizes(schema));
    private readonly IValidationRule[] _rules = ErrorCap.Wrap(
        limits.Introspection ? DocumentValidator.CoreRules : [.. DocumentValidator.CoreRules, IntrospectionOffRule.Instance],
        limits.MaxErrors);

    /// <summary>Validates (as far as still needed) and executes <paramref name="document"/>.</summary>
    public async Task<ExecutionResult> ExecuteAsync(
        GraphQLRequest request, GraphQLDocument document, DocumentCache.Entry? cached, RequestContext context, bool isGet, HttpContext http,
        CancellationToken cancellationToken)
    {
        var rules = Rules(document, request.OperationName, cached, context.Snapshot, isGet);
        try
        {
            return await executer.ExecuteAsync(o =>
            {
                o.Schema = schema;
                o.Query = request.Query;
                o.Document = document;
                o.OperationName = request.OperationName;
                o.Variables = request.Variables;
                o.Extensions = request.Extensions;
                o.UserContext = context;
                o.RequestServices = http.RequestServices;
                o.CancellationToken = cancellationToken;
                o.ValidationRules = rules;
                o.Listeners.Add(expensive);
            }).ConfigureAwait(false);
        }
        finally
        {
            context.Lease?.Dispose();
        }
    }

    private IValidationRule[] Rules(GraphQLDocument document, string? operationName, DocumentCache.Entry? cached, DatasetSnapshot snapshot, bool isGet)
    {
        var estimate = cached is null || cached.HasVariables || !ReferenceEquals(cached.Sizes, snapshot.ListSizes);
        return [.. cached is null ? _rules : [],
            .. estimate ? [ComplexityRule.Create(limits, snapshot.ListSizes, _introspectionSizes.Value, IntrospectionOnly(document, operationName))] : Array.Empty<IValidationRule>(),
            .. isGet && cached is not { IsQuery: true } ? [QueryOnlyOverGetRule.Instance] : Array.Empty<IValidationRule>()];
    }

    /// <summary>Whether the operation to run selects only meta fields (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) at its root.</summary>
    private static bool IntrospectionOnly(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>();
        var operation = operationName is null ? operations.FirstOrDefault() : operations.FirstOrDefault(o => o.Name is { } n && n.StringValue == operationName);
        return operation is not null && operation.SelectionSet.Selections.All(s => s is GraphQLField f && f.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
    }
}
