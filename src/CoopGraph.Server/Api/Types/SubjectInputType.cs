using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>SubjectInput</c>.</summary>
public sealed class SubjectInputType : InputObjectGraphType<Subject>
{
    public SubjectInputType()
    {
        Name = "SubjectInput";
        Description = "A subject to add, or to replace the one with the same id.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Stable identifier (kebab-case).");
        Field(x => x.Area, type: typeof(NonNullGraphType<IdGraphType>)).Description("Id of the area the subject belongs to.");
        Field(x => x.Name).Description("Short display name.");
        Field(x => x.Request, nullable: true).Description("The request text as the source words it.");
        Field(x => x.CrossCutting, type: typeof(BooleanGraphType)).Description("A course of action involving all countries (default false).");
    }

    /// <inheritdoc />
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new Subject(
            (string)value["id"]!,
            (string)value["area"]!,
            (string)value["name"]!,
            value.TryGetValue("request", out var request) ? request as string : null,
            value.TryGetValue("crossCutting", out var crossCutting) && crossCutting is true);
    }
}
