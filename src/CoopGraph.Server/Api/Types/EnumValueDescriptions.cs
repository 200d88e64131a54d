using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>Describes enum values by their GraphQL names, so the schema explains each choice to an analyst.</summary>
internal static class EnumValueDescriptions
{
    /// <summary>Sets the description of value <paramref name="name"/>; an unknown name fails at start rather than going unnoticed.</summary>
    public static void Describe(this EnumerationGraphType type, string name, string description)
    {
        ArgumentNullException.ThrowIfNull(type);
        var value = type.Values[name] ?? throw new ArgumentException($"{type.Name} has no value '{name}'", nameof(name));
        value.Description = description;
    }
}
