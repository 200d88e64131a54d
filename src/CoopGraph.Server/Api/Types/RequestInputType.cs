using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>RequestInput</c>.</summary>
public sealed class RequestInputType : InputObjectGraphType<Request>
{
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
