using CoopGraph.Analytics.Isolation;
using CoopGraph.Analytics.Needs;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Analytics;

/// <summary>GraphQL <c>RequestStanding</c>.</summary>
public sealed class RequestStandingType : ObjectGraphType<RequestStanding>
{
    /// <summary>Defines the fields.</summary>
    public RequestStandingType()
    {
        Name = "RequestStanding";
        Description = "One office's request with its own status: who else offers the subject, and why the request is UNMET, FRAGILE or COVERED.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The requesting office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Office));
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject requested.").Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Subject));
        Field<NonNullGraphType<NeedStatusType>>("status").Description("The request's own status, from the offices other than the requester that offer the subject (not the subject's worst status).").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<StringGraphType>>("label").Description("The status with the cross-cutting property beside it, e.g. `UNMET (cross-cutting)`.")
            .Resolve(ctx => NeedWords.Label(ctx.Source.Status, ctx.Source.CrossCutting));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("helpers").Description("The offices other than the requester that offer the subject, by code.")
            .Resolve(ctx => ctx.Source.Helpers.Select(c => ctx.Snapshot().Office(c)!));
        Field(x => x.OffersItself).Description("Whether the requester offers the subject too (it does not count as its own helper).");
        Field(x => x.CrossCutting).Description("Whether the subject is cross-cutting (see Subject.crossCutting).");
        Field(x => x.Explanation).Description("Why the request has its status, in words, e.g. \"Peru can turn only to Brazil (Peru offers it too, which does not count as help for itself); losing Brazil would leave it unmet\".");
    }
}

/// <summary>GraphQL <c>Standing</c>.</summary>
public sealed class StandingKindType : EnumerationGraphType<StandingKind>
{
    /// <summary>Names the type.</summary>
    public StandingKindType()
    {
        Name = "Standing";
        Description = "Where an office stands in the support network, its weakest trait.";
        this.Describe("ISOLATED", "It takes part but has no support tie either way: nobody can help it and it helps nobody.");
        this.Describe("WEAK_TIES", $"It has a weak side: at most {OfficeStandings.FewSupporters} offices can help it, or it helps nobody.");
        this.Describe("UNMET_NEEDS", "It is well tied but requests something no other office offers.");
        this.Describe("WELL_CONNECTED", $"More than {OfficeStandings.FewSupporters} offices can help it, it helps at least one and every request has a helper.");
        this.Describe("DID_NOT_TAKE_PART", "It made no request and no offer, so nothing can be said of its ties (not the same as isolated).");
    }
}

/// <summary>GraphQL <c>StandingReasonKind</c>.</summary>
public sealed class StandingReasonKindType : EnumerationGraphType<StandingReasonKind>
{
    /// <summary>Names the type.</summary>
    public StandingReasonKindType()
    {
        Name = "StandingReasonKind";
        Description = "What a standing reason says.";
        this.Describe("NO_REQUESTS_OR_OFFERS", "It made no request and no offer.");
        this.Describe("NO_PARTNERS", "It has no support tie either way.");
        this.Describe("UNMET_REQUEST", "It requests a subject no other office offers (cross-cutting ones nobody offers apart).");
        this.Describe("FEW_SUPPORTERS", $"Only 1 to {OfficeStandings.FewSupporters} offices can help it.");
        this.Describe("HELPS_NOBODY", "It helps no office: it offers nothing, or no other office requests what it offers.");
    }
}

/// <summary>GraphQL <c>StandingReason</c>.</summary>
public sealed class StandingReasonType : ObjectGraphType<StandingReason>
{
    /// <summary>Defines the fields.</summary>
    public StandingReasonType()
    {
        Name = "StandingReason";
        Description = "One reason for an office's standing, in words, with the evidence it rests on.";
        Field<NonNullGraphType<StandingReasonKindType>>("kind").Description("What the reason says.").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Text).Description("The reason in words, e.g. \"no office offers IPAS technicians' network, which it requests\".");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("subjects").Description("The subjects it rests on (the unmet subject; what an office that helps nobody offers).")
            .Resolve(ctx => ctx.Source.Subjects.Select(s => ctx.Snapshot().Subject(s)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offices").Description("The offices it rests on (the few supporters).")
            .Resolve(ctx => ctx.Source.Offices.Select(c => ctx.Snapshot().Office(c)!));
    }
}

/// <summary>GraphQL <c>OfficeStanding</c>.</summary>
public sealed class OfficeStandingType : ObjectGraphType<OfficeStanding>
{
    /// <summary>Defines the fields.</summary>
    public OfficeStandingType()
    {
        Name = "OfficeStanding";
        Description = "An office's standing in the support network, with its reasons in words.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Code));
        Field<NonNullGraphType<StandingKindType>>("standing").Description("Its weakest trait.").Resolve(ctx => ctx.Source.Standing);
        Field(x => x.Supporters).Description("How many offices can help it.");
        Field(x => x.Supported).Description("How many offices it can help.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StandingReasonType>>>>("reasons").Description("Why, weakest first (empty when well connected).").Resolve(ctx => ctx.Source.Reasons);
        Field(x => x.Rank).Description("1-based position, weakest first (weak ties ranked by the weak side's count, then all ties).");
    }
}

/// <summary>GraphQL <c>OfficeStandings</c>.</summary>
public sealed class OfficeStandingsType : ObjectGraphType<OfficeStandingsResult>
{
    /// <summary>Defines the fields.</summary>
    public OfficeStandingsType()
    {
        Name = "OfficeStandings";
        Description = "Every office's standing, weakest first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeStandingType>>>>("offices")
            .Description("Isolated, then weak ties (weakest side first), then unmet needs, well connected, and those that did not take part.")
            .Resolve(ctx => ctx.Source.Offices);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("The rule, its threshold and the dataset version.").Resolve(ctx => ctx.Source.Evidence);
    }
}
