using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>Request</c>.</summary>
public sealed class RequestType : ObjectGraphType<Request>
{
    public RequestType()
    {
        Name = "Request";
        Description = "An office's need for cooperation on a subject, with its provenance.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The requesting office.")
            .Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Office));
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject requested.")
            .Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Subject));
        Field(x => x.Source).Description("Where it comes from, e.g. `management#2` (area table, row).");
        Field<NonNullGraphType<ConfidenceType>>("confidence").Description("How surely the source supports it.").Resolve(ctx => ctx.Source.Confidence);
        Field(x => x.Note, nullable: true).Description("Why a reader should look twice, when there is a reason.");
        Field<NonNullGraphType<StringGraphType>>("statement")
            .Description("This request in words with its source row and confidence, e.g. `Honduras requests Green patents (…, medium confidence)`: the provenance of an office → subject edge.")
            .Resolve(ctx => CoopGraph.Analytics.Paths.SupportLinks.Statement(ctx.Snapshot().Dataset, ctx.Source));
        Field<NonNullGraphType<Questions.RequestStandingType>>("standing")
            .Description("This request's own status and helpers (from the offices other than the requester), not the subject's worst status over all requesters.")
            .Resolve(ctx => CoopGraph.Analytics.Needs.RequestStandings.Of(ctx.Snapshot().Analysis, ctx.Source.Office, ctx.Source.Subject));
    }
}
