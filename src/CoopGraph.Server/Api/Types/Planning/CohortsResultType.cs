using CoopGraph.Planning.Cohorts;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>Cohorts</c>.</summary>
public sealed class CohortsResultType : ObjectGraphType<CohortsResult>
{
    public CohortsResultType()
    {
        Name = "Cohorts";
        Description = "Offices grouped by similar needs: Jaccard similarity of requested subjects and Louvain community detection.";
        Field(x => x.DatasetVersion).Description("Dataset version.");
        Field(x => x.Resolution).Description("Louvain resolution: higher gives more, smaller cohorts.");
        Field(x => x.Modularity).Description("Weighted modularity of the partition at this resolution, as NetworkX's modularity defines it.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CohortType>>>>("cohorts").Description("The cohorts.").Resolve(ctx => ctx.Source.Cohorts);
        Field(x => x.WithoutRequests).Description("Offices with no non-cross-cutting request (in no cohort).");
        Field(x => x.Edges).Description("Pairs of offices with a shared request (edges of the similarity graph).");
    }
}
