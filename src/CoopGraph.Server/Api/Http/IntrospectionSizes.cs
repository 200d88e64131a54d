using GraphQL.Types;

namespace CoopGraph.Server.Api.Http;

/// <summary>
/// The lengths of the introspection lists of this schema, as averages: in the multiplicative complexity estimate a list
/// nested in a list (the fields of every type, the arguments of every field) then adds up to the real total, so the
/// standard introspection query is charged about what it answers instead of a worst case hundreds of times larger.
/// </summary>
internal sealed class IntrospectionSizes
{
    private readonly Dictionary<(string Type, string Field), double> _sizes;

    /// <summary>Measures <paramref name="schema"/> (initialising it).</summary>
    public IntrospectionSizes(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Initialize();
        var types = schema.AllTypes.ToList();
        var fields = types.OfType<IObjectGraphType>().Cast<IComplexGraphType>().Concat(types.OfType<IInterfaceGraphType>()).SelectMany(t => t.Fields).ToList();
        double Average(Func<IGraphType, int> count) => types.Count == 0 ? 0 : types.Average(count);
        _sizes = new()
        {
            [("__Schema", "types")] = types.Count,
            [("__Schema", "directives")] = schema.Directives.Count,
            [("__Type", "fields")] = Average(t => t is IObjectGraphType or IInterfaceGraphType ? ((IComplexGraphType)t).Fields.Count : 0),
            [("__Type", "inputFields")] = Average(t => t is IInputObjectGraphType input ? input.Fields.Count : 0),
            [("__Type", "interfaces")] = Average(t => t is IImplementInterfaces i ? i.ResolvedInterfaces.Count : 0),
            [("__Type", "possibleTypes")] = Average(t => t is IAbstractGraphType a ? a.PossibleTypes.Count : 0),
            [("__Type", "enumValues")] = Average(t => t is EnumerationGraphType e ? e.Values.Count : 0),
            [("__Field", "args")] = fields.Count == 0 ? 0 : fields.Average(f => f.Arguments?.Count ?? 0),
            [("__Directive", "args")] = schema.Directives.Count == 0 ? 0 : schema.Directives.Average(d => d.Arguments?.Count ?? 0),
            [("__Directive", "locations")] = schema.Directives.Count == 0 ? 0 : schema.Directives.Average(d => d.Locations.Count),
        };
    }

    /// <summary>The average length of <paramref name="type"/>.<paramref name="field"/>, or null when it is not an introspection list.</summary>
    public double? Of(string type, string field) => _sizes.TryGetValue((type, field), out var size) ? size : null;
}
