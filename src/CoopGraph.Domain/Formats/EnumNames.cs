using System.Text.Json;

namespace CoopGraph.Domain.Formats;

/// <summary>Enum values as GraphQL and the JSON contract spell them (<c>NoSupport</c> → <c>NO_SUPPORT</c>), so every writer agrees.</summary>
public static class EnumNames
{
    /// <summary>The UPPER_SNAKE_CASE name of <paramref name="value"/>.</summary>
    public static string ConstantCase<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());
}
