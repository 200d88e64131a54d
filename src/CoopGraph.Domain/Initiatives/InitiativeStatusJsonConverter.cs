using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoopGraph.Domain.Initiatives;

/// <summary>Writes and reads a status exactly as the API spells it (<c>IN_PROGRESS</c>), as the schema's enum says.</summary>
internal sealed class InitiativeStatusJsonConverter : JsonConverter<InitiativeStatus>
{
    public override InitiativeStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return (text is null ? null : InitiativeLifecycle.Parse(text))
            ?? throw new JsonException("status must be \"PROPOSED\", \"AGREED\", \"IN_PROGRESS\", \"COMPLETED\" or \"DROPPED\"");
    }

    public override void Write(Utf8JsonWriter writer, InitiativeStatus value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InitiativeLifecycle.Name(value));
}
