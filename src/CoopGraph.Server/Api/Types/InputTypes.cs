using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>RequestInput</c>.</summary>
public sealed class RequestInputType : InputObjectGraphType<Request>
{
    /// <summary>Defines the fields.</summary>
    public RequestInputType()
    {
        Name = "RequestInput";
        Description = "A new request: an office needs cooperation on a subject.";
        Field(x => x.Office, type: typeof(NonNullGraphType<IdGraphType>)).Description("Requesting office code, e.g. `HND`.");
        Field(x => x.Subject, type: typeof(NonNullGraphType<IdGraphType>)).Description("Subject id, e.g. `green-patents`.");
        Field(x => x.Source).Description("Provenance: where the request comes from (a survey, a meeting, a letter).");
        Field(x => x.Confidence, type: typeof(NonNullGraphType<ConfidenceType>)).Description("How surely the source supports it.");
        Field(x => x.Note, nullable: true).Description("Why a reader should look twice, if at all.");
    }
}

/// <summary>GraphQL <c>OfferInput</c>.</summary>
public sealed class OfferInputType : InputObjectGraphType<Offer>
{
    /// <summary>Defines the fields.</summary>
    public OfferInputType()
    {
        Name = "OfferInput";
        Description = "A new offer: an office can help others on a subject.";
        Field(x => x.Office, type: typeof(NonNullGraphType<IdGraphType>)).Description("Offering office code, e.g. `BRA`.");
        Field(x => x.Subject, type: typeof(NonNullGraphType<IdGraphType>)).Description("Subject id, e.g. `green-patents`.");
        Field(x => x.Wording, nullable: true).Description("The offer in the source's words, where it adds something.");
        Field(x => x.Source).Description("Provenance: where the offer comes from.");
        Field(x => x.Confidence, type: typeof(NonNullGraphType<ConfidenceType>)).Description("How surely the source supports it.");
        Field(x => x.Note, nullable: true).Description("Why a reader should look twice, if at all.");
    }
}

/// <summary>GraphQL <c>OfficeInput</c>.</summary>
public sealed class OfficeInputType : InputObjectGraphType<Office>
{
    /// <summary>Defines the fields.</summary>
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

/// <summary>GraphQL <c>SubjectInput</c>.</summary>
public sealed class SubjectInputType : InputObjectGraphType<Subject>
{
    /// <summary>Defines the fields.</summary>
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
