using CoopGraph.Analytics;
using CoopGraph.Analytics.Needs;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Analytics;

/// <summary>GraphQL <c>NeedStatus</c>.</summary>
public sealed class NeedStatusType : EnumerationGraphType<NeedStatus>
{
    /// <summary>Names the type.</summary>
    public NeedStatusType()
    {
        Name = "NeedStatus";
        // The words come from NeedWords, as do the CLI's legend and (through this description) the page's.
        Description = "How well a request, or a subject's worst request, can be met by other offices. " + NeedWords.SubjectRule;
        foreach (var status in Enum.GetValues<NeedStatus>())
        {
            this.Describe(NeedWords.Name(status), NeedWords.Meaning(status));
        }
    }
}

/// <summary>A subject's need with the result it belongs to (for its evidence).</summary>
/// <param name="Need">The subject's need.</param>
/// <param name="Evidence">The evidence of the whole needs analysis.</param>
public sealed record SubjectNeedAnswer(SubjectNeed Need, Evidence Evidence);

/// <summary>GraphQL <c>SubjectNeed</c>.</summary>
public sealed class SubjectNeedType : ObjectGraphType<SubjectNeedAnswer>
{
    /// <summary>Defines the fields.</summary>
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

/// <summary>GraphQL <c>AreaNeeds</c>.</summary>
public sealed class AreaNeedsType : ObjectGraphType<AreaNeeds>
{
    /// <summary>Defines the fields.</summary>
    public AreaNeedsType()
    {
        Name = "AreaNeeds";
        Description = "Roll-up of one area's subjects (cross-cutting ones nobody offers excluded).";
        Field<NonNullGraphType<AreaType>>("area").Description("The area.").Resolve(ctx => ctx.Snapshot().Area(ctx.Source.Area));
        Field(x => x.Subjects).Description("Number of its subjects (cross-cutting ones nobody offers excluded), whatever their status.");
        Field(x => x.Unmet).Description("Subjects whose status is UNMET.");
        Field(x => x.Fragile).Description("Subjects whose status is FRAGILE.");
        Field(x => x.Covered).Description("Subjects whose status is COVERED.");
        Field(x => x.Requests).Description("Requests in the area.");
        Field(x => x.CoveredRequests).Description("Requests at least one other office can meet.");
        Field(x => x.CoverageRatio).Description("coveredRequests / requests (0 without requests).");
    }
}

/// <summary>GraphQL <c>OfficeNeeds</c>.</summary>
public sealed class OfficeNeedsType : ObjectGraphType<OfficeNeeds>
{
    /// <summary>Defines the fields.</summary>
    public OfficeNeedsType()
    {
        Name = "OfficeNeeds";
        Description = "One office's requests that nobody, or only one other office, can meet (cross-cutting subjects nobody offers excluded).";
        Field<NonNullGraphType<OfficeType>>("office").Description("The office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Code));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("unmetRequests").Description("Subjects it requests that no other office offers.")
            .Resolve(ctx => ctx.Source.UnmetRequests.Select(s => ctx.Snapshot().Subject(s)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("fragileRequests").Description("Subjects it requests that exactly one other office offers.")
            .Resolve(ctx => ctx.Source.FragileRequests.Select(s => ctx.Snapshot().Subject(s)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Initiatives.InitiativeType>>>>("initiatives")
            .Description("The initiatives answering any of this office's requests (any status), in dataset order.")
            .Resolve(ctx => Initiatives.InitiativeFields.AnsweringOffice(ctx.Snapshot().Dataset, ctx.Source.Code));
    }
}

/// <summary>GraphQL <c>NeedsReport</c>.</summary>
public sealed class NeedsReportType : ObjectGraphType<UnmetNeedsResult>
{
    /// <summary>Defines the fields.</summary>
    public NeedsReportType()
    {
        Name = "NeedsReport";
        Description = "Needs per subject, area and office; cross-cutting subjects nobody offers apart.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectNeedType>>>>("subjects").Description("Every subject but the cross-cutting ones nobody offers, in dataset order.")
            .Resolve(ctx => ctx.Source.Subjects.Select(s => new SubjectNeedAnswer(s, ctx.Source.Evidence)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectNeedType>>>>("crossCutting").Description("The cross-cutting subjects nobody offers, left out of every roll-up (an offered one is in `subjects`, like any other).")
            .Resolve(ctx => ctx.Source.CrossCutting.Select(s => new SubjectNeedAnswer(s, ctx.Source.Evidence)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaNeedsType>>>>("areas").Description("Roll-up per area, in dataset order.").Resolve(ctx => ctx.Source.Areas);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeNeedsType>>>>("offices").Description("Per office (code order), its unmet and fragile requests.").Resolve(ctx => ctx.Source.Offices);
        Field(x => x.CoverageRatio).Description("Covered requests / requests over `subjects` (the share of requests some other office offers).");
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("Definitions and dataset version.").Resolve(ctx => ctx.Source.Evidence);
    }
}

/// <summary>GraphQL <c>StatusMeaning</c>: one NeedStatus value in words.</summary>
public sealed class StatusMeaningType : ObjectGraphType<NeedStatus>
{
    /// <summary>Defines the fields.</summary>
    public StatusMeaningType()
    {
        Name = "StatusMeaning";
        Description = "One need status and what it means (the same words as the NeedStatus enum's description).";
        Field<NonNullGraphType<NeedStatusType>>("status").Description("The status.").Resolve(ctx => ctx.Source);
        Field<NonNullGraphType<StringGraphType>>("meaning").Description("What it means for a request.").Resolve(ctx => NeedWords.Meaning(ctx.Source));
    }
}

/// <summary>GraphQL <c>NeedVocabulary</c>: the words of the status vocabulary, for clients' legends.</summary>
public sealed class NeedVocabularyType : ObjectGraphType<object>
{
    /// <summary>Defines the fields.</summary>
    public NeedVocabularyType()
    {
        Name = "NeedVocabulary";
        Description = "The need vocabulary in words, defined once in the analytics: the page's legend, the CLI's legend and the NeedStatus descriptions say the same.";
        Field<NonNullGraphType<StringGraphType>>("rule").Description("How a subject's status follows from its requests'.").Resolve(_ => NeedWords.SubjectRule);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusMeaningType>>>>("statuses").Description("Every status with its meaning, worst first.")
            .Resolve(_ => Enum.GetValues<NeedStatus>());
        Field<NonNullGraphType<StringGraphType>>("crossCutting").Description("What \"(cross-cutting)\" beside a status means.").Resolve(_ => NeedWords.CrossCuttingMeaning);
    }
}
