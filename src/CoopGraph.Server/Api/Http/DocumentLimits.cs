using GraphQL;
using GraphQL.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace CoopGraph.Server.Api.Http;

/// <summary>
/// Bounds the work a document can cause before GraphQL.NET validates it: bytes and tokens before parsing, then fragments,
/// fields after fragment expansion, spread depth, directives per location, aliases and repeats of one response name, in
/// time linear in the document. Validation (whose overlap rule is quadratic in the fields of a selection set) only ever
/// sees documents inside these bounds; what it reports is capped by <see cref="ErrorCap"/>.
/// </summary>
internal sealed class DocumentLimits(GraphQLOptions options)
{
    /// <summary>Parses <paramref name="query"/> within the limits: the document, or the coded error that refuses it.</summary>
    public (GraphQLDocument? Document, ExecutionError? Error) Parse(string query)
    {
        if (query.Length > options.MaxDocumentBytes || System.Text.Encoding.UTF8.GetByteCount(query) > options.MaxDocumentBytes)
        {
            return Refuse(ErrorCodes.DocumentTooLarge, $"the query text is larger than {options.MaxDocumentBytes} bytes (GraphQL:MaxDocumentBytes); send large inputs as variables");
        }

        if (CountTokens(query, options.MaxTokens) > options.MaxTokens)
        {
            return Refuse(ErrorCodes.TooManyTokens, $"the query has more than {options.MaxTokens} tokens (GraphQL:MaxTokens)");
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query, new ParserOptions { Ignore = IgnoreOptions.Comments, MaxDepth = ParserDepth });
        }
        catch (GraphQLSyntaxErrorException ex)
        {
            return (null, new SyntaxError(ex));
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return Refuse(ErrorCodes.MaxDepthExceeded, $"the query is nested deeper than the parser allows ({ParserDepth} syntax levels; GraphQL:MaxDepth is {options.MaxDepth} fields)");
        }

        return (document, Check(document));
    }

    /// <summary>Syntax levels the parser follows: several per selection level (field, selection set, arguments, values).</summary>
    private int ParserDepth => Math.Max(64, options.MaxDepth * 6);

    /// <summary>Tokens in <paramref name="query"/>, counted up to one past <paramref name="max"/> (a lexical error ends the count; the parser reports it).</summary>
    internal static int CountTokens(string query, int max)
    {
        var count = 0;
        try
        {
            var token = Lexer.Lex(query, 0);
            while (token.Kind != TokenKind.EOF && count <= max)
            {
                count++;
                token = Lexer.Lex(query, token.End);
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // The parser reports the error with its location.
        }

        return count;
    }

    private ExecutionError? Check(GraphQLDocument document)
    {
        var fragments = new Dictionary<string, Shape>(StringComparer.Ordinal);
        var operations = new List<Shape>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLFragmentDefinition fragment:
                    if (fragments.Count >= options.MaxFragments)
                    {
                        return Refuse(ErrorCodes.TooManyFragments, $"the query defines more than {options.MaxFragments} fragments (GraphQL:MaxFragments)").Error;
                    }

                    fragments.TryAdd(fragment.FragmentName.Name.StringValue, Shape.Of(fragment.SelectionSet, fragment.Directives));
                    break;
                case GraphQLOperationDefinition operation:
                    operations.Add(Shape.Of(operation.SelectionSet, operation.Directives));
                    break;
            }
        }

        var all = operations.Concat(fragments.Values).ToList();
        if (all.Max(s => (int?)s.MostDirectives) is { } directives && directives > options.MaxDirectivesPerLocation)
        {
            return Refuse(ErrorCodes.TooManyDirectives, $"a field or fragment carries {directives} directives; at most {options.MaxDirectivesPerLocation} are allowed in one place (GraphQL:MaxDirectivesPerLocation)").Error;
        }

        var expansion = new Expansion(fragments);
        var aliases = operations.Sum(o => expansion.Aliases(o)) + fragments.Values.Sum(f => expansion.Aliases(f));
        if (aliases > options.MaxAliases)
        {
            return Refuse(ErrorCodes.TooManyAliases, $"the query uses {aliases} aliases once its fragments are expanded; at most {options.MaxAliases} are allowed (GraphQL:MaxAliases)").Error;
        }

        var fields = operations.Sum(o => expansion.Fields(o)) + fragments.Values.Sum(f => expansion.Fields(f));
        if (fields > options.MaxFields)
        {
            return Refuse(ErrorCodes.TooManyFields, $"the query selects {(fields >= Expansion.Saturated ? "more than " + options.MaxFields : fields)} fields once its fragments are expanded; at most {options.MaxFields} are allowed (GraphQL:MaxFields)").Error;
        }

        var depth = all.Max(s => (int?)expansion.Depth(s)) ?? 0;
        if (depth > options.MaxFragmentDepth)
        {
            return Refuse(ErrorCodes.FragmentsTooDeep, $"fragments spread into fragments {depth} deep; at most {options.MaxFragmentDepth} are allowed (GraphQL:MaxFragmentDepth)").Error;
        }

        foreach (var shape in all)
        {
            if (expansion.MostRepeated(shape) is { Count: var count, Name: var name } && count > options.MaxFieldRepeats)
            {
                return Refuse(ErrorCodes.FieldRepeated, $"'{name}' is selected {count} times in one selection set; at most {options.MaxFieldRepeats} are allowed (GraphQL:MaxFieldRepeats)").Error;
            }
        }

        return null;
    }

    private static (GraphQLDocument? Document, ExecutionError Error) Refuse(string code, string message) => (null, ErrorCodes.Error(code, message));

    /// <summary>What one operation or fragment holds without expanding its spreads.</summary>
    private sealed class Shape
    {
        public long Fields { get; private set; }

        public long Aliases { get; private set; }

        public int MostDirectives { get; private set; }

        /// <summary>Every spread anywhere inside, once per occurrence.</summary>
        public List<string> Spreads { get; } = [];

        /// <summary>Each selection set inside (inline fragments merged into their parent): response names and spreads at its level.</summary>
        public List<(Dictionary<string, long> Names, List<string> Spreads)> Levels { get; } = [];

        public static Shape Of(GraphQLSelectionSet selections, GraphQLDirectives? directives)
        {
            var shape = new Shape { MostDirectives = directives?.Count ?? 0 };
            shape.Visit(selections);
            return shape;
        }

        private void Visit(GraphQLSelectionSet set)
        {
            var level = (Names: new Dictionary<string, long>(StringComparer.Ordinal), Spreads: new List<string>());
            Levels.Add(level);
            Collect(set, level);
        }

        private void Collect(GraphQLSelectionSet set, (Dictionary<string, long> Names, List<string> Spreads) level)
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        Fields++;
                        Aliases += field.Alias is null ? 0 : 1;
                        MostDirectives = Math.Max(MostDirectives, field.Directives?.Count ?? 0);
                        var name = (field.Alias?.Name ?? field.Name).StringValue;
                        level.Names[name] = level.Names.GetValueOrDefault(name) + 1;
                        if (field.SelectionSet is not null)
                        {
                            Visit(field.SelectionSet);
                        }

                        break;
                    case GraphQLFragmentSpread spread:
                        MostDirectives = Math.Max(MostDirectives, spread.Directives?.Count ?? 0);
                        Spreads.Add(spread.FragmentName.Name.StringValue);
                        level.Spreads.Add(spread.FragmentName.Name.StringValue);
                        break;
                    case GraphQLInlineFragment inline:
                        MostDirectives = Math.Max(MostDirectives, inline.Directives?.Count ?? 0);
                        Collect(inline.SelectionSet, level);
                        break;
                }
            }
        }
    }

    /// <summary>
    /// Sizes once fragments are expanded, memoised per fragment so a doubling chain costs its length, not its expansion;
    /// sums saturate. A cycle counts as nothing here (validation reports it); unknown fragments too.
    /// </summary>
    private sealed class Expansion(Dictionary<string, Shape> fragments)
    {
        public const long Saturated = long.MaxValue / 4;

        private readonly Dictionary<string, long> _fields = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _aliases = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _depth = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, long>> _top = new(StringComparer.Ordinal);

        public long Fields(Shape shape) => Sum(shape.Fields, shape.Spreads, _fields, Fields);

        public long Aliases(Shape shape) => Sum(shape.Aliases, shape.Spreads, _aliases, Aliases);

        /// <summary>The longest chain of spreads starting in <paramref name="shape"/>.</summary>
        public int Depth(Shape shape)
        {
            var deepest = 0;
            foreach (var name in shape.Spreads.Distinct(StringComparer.Ordinal))
            {
                deepest = Math.Max(deepest, 1 + Memo(name, _depth, 0, Depth));
            }

            return deepest;
        }

        /// <summary>The response name selected most often in one selection set of <paramref name="shape"/>, spreads included.</summary>
        public (string Name, long Count)? MostRepeated(Shape shape)
        {
            (string Name, long Count)? most = null;
            foreach (var (names, spreads) in shape.Levels)
            {
                foreach (var (name, count) in Merge(names, spreads))
                {
                    if (most is null || count > most.Value.Count)
                    {
                        most = (name, count);
                    }
                }
            }

            return most;
        }

        private Dictionary<string, long> Merge(Dictionary<string, long> names, List<string> spreads)
        {
            if (spreads.Count == 0)
            {
                return names;
            }

            var merged = new Dictionary<string, long>(names, StringComparer.Ordinal);
            foreach (var spread in spreads)
            {
                foreach (var (name, count) in Memo(spread, _top, [], Top))
                {
                    merged[name] = Math.Min(Saturated, merged.GetValueOrDefault(name) + count);
                }
            }

            return merged;
        }

        /// <summary>The response names at the top level of a fragment, its spreads included.</summary>
        private Dictionary<string, long> Top(Shape shape) => Merge(shape.Levels[0].Names, shape.Levels[0].Spreads);

        private long Sum(long own, List<string> spreads, Dictionary<string, long> memo, Func<Shape, long> total)
        {
            var sum = own;
            foreach (var name in spreads)
            {
                sum = Math.Min(Saturated, sum + Memo(name, memo, 0L, total));
            }

            return sum;
        }

        private T Memo<T>(string name, Dictionary<string, T> memo, T cycle, Func<Shape, T> compute)
        {
            if (memo.TryGetValue(name, out var known))
            {
                return known;
            }

            if (!fragments.TryGetValue(name, out var shape))
            {
                return cycle;
            }

            memo[name] = cycle; // in progress: a spread back into it counts as nothing
            var value = compute(shape);
            memo[name] = value;
            return value;
        }
    }
}
