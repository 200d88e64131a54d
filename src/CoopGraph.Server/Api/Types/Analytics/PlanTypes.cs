using CoopGraph.Analytics.Matching;
using CoopGraph.Analytics.WhatIf;
using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Analytics;

/// <summary>GraphQL <c>CapacityMode</c>.</summary>
public sealed class CapacityModeType : EnumerationGraphType<CapacityMode>
{
    /// <summary>Names the type.</summary>
    public CapacityModeType()
    {
        Name = "CapacityMode";
        Description = "What the capacity of a match plan limits: requests per offering office in all, or per office and subject.";
        this.Describe("TOTAL", "Each offering office serves at most `capacity` requests in all, whatever the subjects (the default).");
        this.Describe("PER_SUBJECT", "Each offering office serves at most `capacity` requests for each subject it offers.");
    }
}

/// <summary>GraphQL <c>MatchAssignment</c>.</summary>
public sealed class MatchAssignmentType : ObjectGraphType<MatchAssignment>
{
    /// <summary>Defines the fields.</summary>
    public MatchAssignmentType()
    {
        Name = "MatchAssignment";
        Description = "A request assigned to an offering office.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The requesting office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Office));
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject.").Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Subject));
        Field<NonNullGraphType<OfficeType>>("provider").Description("The office assigned to serve it.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Provider));
        Field<NonNullGraphType<RequestType>>("request").Description("The request, with provenance.").Resolve(ctx => ctx.Source.Request);
        Field<NonNullGraphType<OfferType>>("offer").Description("The provider's offer, with provenance.").Resolve(ctx => ctx.Source.Offer);
    }
}

/// <summary>GraphQL <c>UnassignedRequest</c>.</summary>
public sealed class UnassignedRequestType : ObjectGraphType<UnassignedRequest>
{
    /// <summary>Defines the fields.</summary>
    public UnassignedRequestType()
    {
        Name = "UnassignedRequest";
        Description = "A request the plan leaves unserved, and why.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The requesting office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Office));
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject.").Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Subject));
        Field(x => x.Reason).Description("Why: nobody else offers it, or every office offering it is at capacity.");
    }
}

/// <summary>GraphQL <c>MatchPlan</c>.</summary>
public sealed class MatchPlanType : ObjectGraphType<MatchPlanResult>
{
    /// <summary>Defines the fields.</summary>
    public MatchPlanType()
    {
        Name = "MatchPlan";
        Description = "An assignment of requests to offering offices covering the most requests under a capacity (maximum flow).";
        Field(x => x.Capacity).Description("The capacity: requests per offering office (TOTAL) or per office and subject (PER_SUBJECT).");
        Field<NonNullGraphType<CapacityModeType>>("mode").Description("What the capacity limits.").Resolve(ctx => ctx.Source.Mode);
        Field(x => x.Requests).Description("Requests considered (every request but those of cross-cutting subjects nobody offers).");
        Field(x => x.Coverable).Description("Requests some other office offers (the most any capacity could cover).");
        Field(x => x.Assigned).Description("Requests the plan covers (a maximum).");
        Field(x => x.CoveragePercent).Description("100 · assigned / requests.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MatchAssignmentType>>>>("assignments").Description("Assignments, by subject then requesting office.").Resolve(ctx => ctx.Source.Assignments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnassignedRequestType>>>>("unassigned").Description("Requests left unserved, in the same order.").Resolve(ctx => ctx.Source.Unassigned);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("Algorithm, parameters and dataset version.").Resolve(ctx => ctx.Source.Evidence);
    }
}

/// <summary>GraphQL <c>HypotheticalOfferInput</c>.</summary>
public sealed class HypotheticalOfferInputType : InputObjectGraphType<HypotheticalOffer>
{
    /// <summary>Defines the fields.</summary>
    public HypotheticalOfferInputType()
    {
        Name = "HypotheticalOfferInput";
        Description = "An offer to imagine: this office would offer this subject.";
        Field(x => x.Office, type: typeof(NonNullGraphType<IdGraphType>)).Description("The office (code, name or alias).");
        Field(x => x.Subject, type: typeof(NonNullGraphType<IdGraphType>)).Description("Subject id.");
    }
}

/// <summary>GraphQL <c>HypotheticalOffer</c>.</summary>
public sealed class HypotheticalOfferType : ObjectGraphType<HypotheticalOffer>
{
    /// <summary>Defines the fields.</summary>
    public HypotheticalOfferType()
    {
        Name = "HypotheticalOffer";
        Description = "An imagined offer.";
        Field(x => x.Office, type: typeof(NonNullGraphType<IdGraphType>)).Description("Office code.");
        Field(x => x.Subject, type: typeof(NonNullGraphType<IdGraphType>)).Description("Subject id.");
    }
}

/// <summary>GraphQL <c>StatusChange</c>.</summary>
public sealed class StatusChangeType : ObjectGraphType<StatusChange>
{
    /// <summary>Defines the fields.</summary>
    public StatusChangeType()
    {
        Name = "StatusChange";
        Description = "A subject whose need status changes in the scenario.";
        Field<NonNullGraphType<IdGraphType>>("subject").Description("Subject id.").Resolve(ctx => ctx.Source.Subject);
        Field<NonNullGraphType<NeedStatusType>>("before").Description("Status now.").Resolve(ctx => ctx.Source.Before);
        Field<NonNullGraphType<NeedStatusType>>("after").Description("Status in the scenario.").Resolve(ctx => ctx.Source.After);
    }
}

/// <summary>GraphQL <c>SupporterChange</c>.</summary>
public sealed class SupporterChangeType : ObjectGraphType<SupporterChange>
{
    /// <summary>Defines the fields.</summary>
    public SupporterChangeType()
    {
        Name = "SupporterChange";
        Description = "An office whose supporters change in the scenario.";
        Field<NonNullGraphType<IdGraphType>>("office").Description("Office code.").Resolve(ctx => ctx.Source.Office);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("lost").Description("Supporters it loses, by code.").Resolve(ctx => ctx.Source.Lost);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("gained").Description("Supporters it gains, by code.").Resolve(ctx => ctx.Source.Gained);
    }
}

/// <summary>GraphQL <c>CentralityDelta</c>.</summary>
public sealed class CentralityDeltaType : ObjectGraphType<CentralityDelta>
{
    /// <summary>Defines the fields.</summary>
    public CentralityDeltaType()
    {
        Name = "CentralityDelta";
        Description = "Scenario minus current centrality of an office present in both.";
        Field<NonNullGraphType<IdGraphType>>("office").Description("Office code.").Resolve(ctx => ctx.Source.Office);
        Field(x => x.InDegree).Description("Change of in-degree.");
        Field(x => x.OutDegree).Description("Change of out-degree.");
        Field(x => x.Betweenness).Description("Change of betweenness.");
        Field(x => x.Closeness).Description("Change of closeness.");
        Field(x => x.Harmonic).Description("Change of harmonic centrality.");
        Field(x => x.PageRank).Description("Change of PageRank.");
    }
}

/// <summary>GraphQL <c>WhatIf</c>. Office and subject references are ids: a removed office is not in the served dataset.</summary>
public sealed class WhatIfType : ObjectGraphType<WhatIfResult>
{
    /// <summary>Defines the fields.</summary>
    public WhatIfType()
    {
        Name = "WhatIf";
        Description = "What removing offices and adding offers would change: statuses, supporters, centrality, edges.";
        Field(x => x.BaseVersion).Description("Dataset version of the current network.");
        Field(x => x.ScenarioVersion).Description("Dataset version of the imagined network.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("removedOffices").Description("Offices removed, by code.").Resolve(ctx => ctx.Source.RemovedOffices);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HypotheticalOfferType>>>>("addedOffers").Description("Offers added.").Resolve(ctx => ctx.Source.AddedOffers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusChangeType>>>>("statusChanges").Description("Subjects whose status changes, in dataset order.").Resolve(ctx => ctx.Source.StatusChanges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupporterChangeType>>>>("supporterChanges").Description("Offices whose supporters change, by code.").Resolve(ctx => ctx.Source.SupporterChanges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupporterGroupType>>>>("lostSupporters").Description("The supporter changes grouped by lost supporter, the one most offices lose first.").Resolve(ctx => SupporterGroups.Lost(ctx.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupporterGroupType>>>>("gainedSupporters").Description("The supporter changes grouped by gained supporter, the one most offices gain first.").Resolve(ctx => SupporterGroups.Gained(ctx.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CentralityDeltaType>>>>("centralityDeltas").Description("Every remaining office's centrality change, by code.").Resolve(ctx => ctx.Source.CentralityDeltas);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScenarioEdgeType>>>>("lostEdges").Description("Support edges the scenario loses (or weakens: the current edge).").Resolve(ctx => ctx.Source.LostEdges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ScenarioEdgeType>>>>("gainedEdges").Description("Support edges the scenario gains (or strengthens: the scenario edge).").Resolve(ctx => ctx.Source.GainedEdges);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("Algorithm, parameters and both versions.").Resolve(ctx => ctx.Source.Evidence);
    }
}

/// <summary>GraphQL <c>ScenarioEdge</c>: a support edge by codes (it may involve a removed office).</summary>
public sealed class ScenarioEdgeType : ObjectGraphType<SupportEdge>
{
    /// <summary>Defines the fields.</summary>
    public ScenarioEdgeType()
    {
        Name = "ScenarioEdge";
        Description = "A support edge by office codes and subject ids.";
        Field<NonNullGraphType<IdGraphType>>("from").Description("Code of the office that can help.").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<IdGraphType>>("to").Description("Code of the office that can be helped.").Resolve(ctx => ctx.Source.To);
        Field(x => x.Weight).Description("Number of subjects behind the edge.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("subjects").Description("Ids of the subjects behind the edge.").Resolve(ctx => ctx.Source.Subjects);
    }
}
