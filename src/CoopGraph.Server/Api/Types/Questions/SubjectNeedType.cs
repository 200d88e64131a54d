using CoopGraph.Analytics.Needs;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>SubjectNeed</c>.</summary>
public sealed class SubjectNeedType : ObjectGraphType<SubjectNeedAnswer>
{
    public SubjectNeedType()
    {
        Name = "SubjectNeed";
        Description = "Who requests and who offers one subject, and whether its requests can be met.";
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject.").Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Need.Id));
        Field<NonNullGraphType<NeedStatusType>>("status")
            .Description("How well its requests can be met: the worst status of its requests (see NeedStatus).")
            .Resolve(ctx => ctx.Source.Need.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("requesters").Description("Offices requesting it, by code.")
            .Resolve(ctx => ctx.Source.Need.Requesters.Select(c => ctx.Snapshot().Office(c)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offerers").Description("Offices offering it, by code.")
            .Resolve(ctx => ctx.Source.Need.Offerers.Select(c => ctx.Snapshot().Office(c)!));
        Field<NonNullGraphType<StringGraphType>>("label").Description("The status with the cross-cutting property beside it, e.g. `UNMET (cross-cutting)`: the words the CLI and the page show.")
            .Resolve(ctx => NeedWords.Label(ctx.Source.Need.Status, ctx.Source.Need.CrossCutting));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequestStandingType>>>>("exposed")
            .Description("The requests that are not COVERED, each with its own status and why in words: who is exposed, and to whom each can still turn (an offerer that also requests does not count as its own helper).")
            .Resolve(ctx => RequestStandings.Exposed(ctx.Snapshot().Analysis, ctx.Source.Need.Id));
        Field<NonNullGraphType<BooleanGraphType>>("crossCutting").Description("A cross-cutting course of action, a need every office shares (reported apart from the roll-ups while nobody offers it).").Resolve(ctx => ctx.Source.Need.CrossCutting);
        Field<NonNullGraphType<IntGraphType>>("coveredRequests").Description("Requests some other office can meet.").Resolve(ctx => ctx.Source.Need.CoveredRequests);
        Field<NonNullGraphType<FloatGraphType>>("coverageRatio").Description("coveredRequests / requests (0 without requests).").Resolve(ctx => ctx.Source.Need.CoverageRatio);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("Definitions and dataset version of the needs analysis.").Resolve(ctx => ctx.Source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Initiatives.InitiativeType>>>>("initiatives")
            .Description("The initiatives working on this subject's requests (any status; see `status`), in dataset order.")
            .Resolve(ctx => Initiatives.InitiativeFields.AnsweringSubject(ctx.Snapshot().Dataset, ctx.Source.Need.Id));
    }
}
