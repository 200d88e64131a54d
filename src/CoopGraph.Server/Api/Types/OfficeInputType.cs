using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>OfficeInput</c>.</summary>
public sealed class OfficeInputType : InputObjectGraphType<Office>
{
    public OfficeInputType()
    {
        Name = "OfficeInput";
        Description = "An office to add, or to replace the one with the same code.";
        Field(x => x.Code, type: typeof(NonNullGraphType<IdGraphType>)).Description("ISO 3166-1 alpha-3 code of the office's country.");
        Field(x => x.Name).Description("English name of the country.");
        Field(x => x.Aliases, type: typeof(ListGraphType<NonNullGraphType<StringGraphType>>)).Description("Other spellings the sources use (none when omitted).");
        Field(x => x.Institution, nullable: true).Description("The office's institution name.");
        Field(x => x.Attended).Description("Whether the office's head attended the meeting.");
    }

    /// <inheritdoc />
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Office(
            (string)value["code"]!,
            (string)value["name"]!,
            value.TryGetValue("aliases", out var aliases) && aliases is IEnumerable<object?> list ? [.. list.OfType<string>()] : [],
            value.TryGetValue("institution", out var institution) ? institution as string : null,
            (bool)value["attended"]!);
    }
}
