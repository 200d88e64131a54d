using CoopGraph.Analytics.WhatIf;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>WhatIf</c>. Office and subject references are ids: a removed office is not in the served dataset.</summary>
public sealed class WhatIfType : ObjectGraphType<WhatIfResult>
{
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
