using Microsoft.Extensions.Options;

namespace CoopGraph.Server.Api.Http;

/// <summary>The <c>GraphQL</c> configuration section: who may write, and the limits every request is held to.</summary>
public sealed class GraphQLOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "GraphQL";

    /// <summary>
    /// API keys by actor name (<c>GraphQL:ApiKeys:planner = secret</c>); a mutation needs <c>Authorization: Bearer secret</c>
    /// and is recorded in the audit trail as made by <c>planner</c>. None configured: every mutation is refused.
    /// </summary>
    public Dictionary<string, string> ApiKeys { get; init; } = new(StringComparer.Ordinal);

    /// <summary>When true, queries need an API key too (they are open by default).</summary>
    public bool RequireKeyForQueries { get; init; }

    /// <summary>Largest accepted request body, in bytes (also the cap on a GET query string).</summary>
    public int MaxRequestBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>Deepest accepted selection nesting.</summary>
    public int MaxDepth { get; init; } = 12;

    /// <summary>
    /// Largest accepted computed complexity of an operation: about one unit per value answered, and for each analytic
    /// field what its computation costs (see <see cref="ComplexityRule"/>).
    /// </summary>
    public int MaxComplexity { get; init; } = 500_000;

    /// <summary>Whether the schema answers introspection (<c>__schema</c>, <c>__type</c>); on by default for GraphiQL and codegen.</summary>
    public bool Introspection { get; init; } = true;

    /// <summary>Longest accepted query text, in UTF-8 bytes (variables do not count).</summary>
    public int MaxDocumentBytes { get; init; } = 64 * 1024;

    /// <summary>Most tokens (names, punctuation, values) in a query text, counted before parsing.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Most fields an operation selects once its fragments are expanded.</summary>
    public int MaxFields { get; init; } = 2_000;

    /// <summary>Most fragments a document defines.</summary>
    public int MaxFragments { get; init; } = 100;

    /// <summary>Longest chain of fragments spread into fragments.</summary>
    public int MaxFragmentDepth { get; init; } = 10;

    /// <summary>Most directives on one field, fragment spread or operation.</summary>
    public int MaxDirectivesPerLocation { get; init; } = 8;

    /// <summary>Most aliases an operation uses once its fragments are expanded.</summary>
    public int MaxAliases { get; init; } = 200;

    /// <summary>Most times one response name may be selected in one selection set (fragments included).</summary>
    public int MaxFieldRepeats { get; init; } = 16;

    /// <summary>Most errors one answer lists; validation stops once it has found them.</summary>
    public int MaxErrors { get; init; } = 20;

    /// <summary>Most parsed and validated documents kept for reuse.</summary>
    public int DocumentCacheSize { get; init; } = 1_000;

    /// <summary>
    /// Largest answer, in bytes, kept with its cached document so that the same query (without variables) on the same
    /// dataset version is answered without executing it again; 0 keeps none.
    /// </summary>
    public int MaxKeptAnswerBytes { get; init; } = 16 * 1024;

    /// <summary>How many items a list field is assumed to return when estimating complexity.</summary>
    public double ListImpactMultiplier { get; init; } = 10;

    /// <summary>Page size of a connection when <c>first</c> is not given.</summary>
    public int DefaultPageSize { get; init; } = 50;

    /// <summary>Largest accepted <c>first</c> of a connection.</summary>
    public int MaxPageSize { get; init; } = 500;

    /// <summary>How long one operation may run before it is stopped with a <c>TIMEOUT</c> error.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>Checks <see cref="GraphQLOptions"/> on start, naming the setting at fault.</summary>
internal sealed class GraphQLOptionsValidator : IValidateOptions<GraphQLOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, GraphQLOptions options)
    {
        var failures = new List<string>();
        void Require(bool ok, string message)
        {
            if (!ok)
            {
                failures.Add($"{GraphQLOptions.Section}:{message}");
            }
        }

        Require(options.MaxRequestBytes is >= 1024 and <= 256 * 1024 * 1024, $"MaxRequestBytes must be between 1024 and 268435456 (is {options.MaxRequestBytes})");
        Require(options.MaxDepth is >= 2 and <= 100, $"MaxDepth must be between 2 and 100 (is {options.MaxDepth})");
        Require(options.MaxComplexity >= 10, $"MaxComplexity must be at least 10 (is {options.MaxComplexity})");
        Require(options.MaxDocumentBytes >= 1024, $"MaxDocumentBytes must be at least 1024 (is {options.MaxDocumentBytes})");
        Require(options.MaxTokens >= 100, $"MaxTokens must be at least 100 (is {options.MaxTokens})");
        Require(options.MaxFields >= 10, $"MaxFields must be at least 10 (is {options.MaxFields})");
        Require(options.MaxFragments is >= 0 and <= 1000, $"MaxFragments must be between 0 and 1000 (is {options.MaxFragments})");
        Require(options.MaxFragmentDepth is >= 1 and <= 100, $"MaxFragmentDepth must be between 1 and 100 (is {options.MaxFragmentDepth})");
        Require(options.MaxDirectivesPerLocation >= 1, $"MaxDirectivesPerLocation must be at least 1 (is {options.MaxDirectivesPerLocation})");
        Require(options.MaxAliases >= 0, $"MaxAliases must not be negative (is {options.MaxAliases})");
        Require(options.MaxFieldRepeats >= 1, $"MaxFieldRepeats must be at least 1 (is {options.MaxFieldRepeats})");
        Require(options.MaxErrors >= 1, $"MaxErrors must be at least 1 (is {options.MaxErrors})");
        Require(options.MaxKeptAnswerBytes is >= 0 and <= 1024 * 1024, $"MaxKeptAnswerBytes must be between 0 and 1048576 (is {options.MaxKeptAnswerBytes})");
        Require(options.DocumentCacheSize >= 0, $"DocumentCacheSize must not be negative (is {options.DocumentCacheSize})");
        Require(options.ListImpactMultiplier >= 1, $"ListImpactMultiplier must be at least 1 (is {options.ListImpactMultiplier})");
        Require(options.MaxPageSize >= 1, $"MaxPageSize must be at least 1 (is {options.MaxPageSize})");
        Require(options.DefaultPageSize >= 1 && options.DefaultPageSize <= options.MaxPageSize,
            $"DefaultPageSize must be between 1 and MaxPageSize {options.MaxPageSize} (is {options.DefaultPageSize})");
        Require(options.Timeout > TimeSpan.Zero && options.Timeout <= TimeSpan.FromMinutes(10), $"Timeout must be positive and at most 00:10:00 (is {options.Timeout})");
        foreach (var (actor, key) in options.ApiKeys)
        {
            Require(key.Length >= 16 && !key.Any(char.IsWhiteSpace), $"ApiKeys:{actor} must be at least 16 characters without blanks");
        }

        Require(!options.RequireKeyForQueries || options.ApiKeys.Count > 0, "RequireKeyForQueries is true but no ApiKeys are configured");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
