using GraphQL.Validation;

namespace CoopGraph.Server.Api.Http;

/// <summary>A mutation sent with GET: refused (GET must be safe), answered with 405.</summary>
public sealed class MutationOverGetError(ValidationContext context)
    : ValidationError(context.Document.Source, null, $"a {context.Operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST", context.Operation);
