using CoopGraph.Analytics;
using CoopGraph.Analytics.Centrality;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Analytics;

/// <summary>GraphQL <c>CentralityMetric</c>: the analytics' own <see cref="CentralityMeasure"/>, described for API users.</summary>
public sealed class CentralityMetricType : EnumerationGraphType<CentralityMeasure>
{
    /// <summary>Names the type.</summary>
    public CentralityMetricType()
    {
        Name = "CentralityMetric";
        Description = "A centrality measure on the support graph, where A→B means A offers a subject B requests (NetworkX 3.x definitions; see docs/analytics.md).";
        this.Describe("IN_DEGREE", "How many offices can help it (its supporters); divided by n−1 when normalized.");
        this.Describe("OUT_DEGREE", "How many offices it can help; divided by n−1 when normalized.");
        this.Describe("IN_STRENGTH", "How many ways it can be helped: over its supporters, the number of subjects each can help it with, summed.");
        this.Describe("OUT_STRENGTH", "How many ways it can help: over the offices it can help, the number of subjects it can help each with, summed.");
        this.Describe("BETWEENNESS", "How often it lies on the shortest chains of support between two other offices: a broker whose loss lengthens or breaks chains. Share of office pairs when normalized (divided by (n−1)(n−2)), a raw count otherwise; counted in hops unless `weighted`.");
        this.Describe("CLOSENESS", "How few hops the offices that can reach it by a chain of support need, scaled by how many can reach it (Wasserman–Faust); 0 when no office can reach it.");
        this.Describe("HARMONIC", "Sum of 1/hops over the offices that can reach it by a chain of support: like closeness, but offices that cannot reach it simply add nothing.");
        this.Describe("PAGE_RANK", "How much help flows to it: high when many offices can help it, above all offices that are themselves well supported (subject-weighted, α = 0.85; scores sum to 1).");
        this.Describe("HUB", "HITS hub score: high when it can help the offices that many strong helpers also help, i.e. a broad giver (subject-weighted; scores sum to 1).");
        this.Describe("AUTHORITY", "HITS authority score: high when the offices with high hub scores can help it, i.e. a recipient of the strongest givers (subject-weighted; scores sum to 1).");
    }
}

/// <summary>One office's place in a ranking.</summary>
/// <param name="Rank">1 for the highest value; ties share order by code.</param>
/// <param name="Value">The ranked metric's value.</param>
/// <param name="Code">The office's code.</param>
/// <param name="WeightedBetweenness">Whether the office's <c>scores</c> carry betweenness on edge length 1/w.</param>
public sealed record RankedOffice(int Rank, double Value, string Code, bool WeightedBetweenness);

/// <summary>Offices ranked by one metric, computed alone (every measure of an office only when its <c>scores</c> are asked for).</summary>
/// <param name="Metric">The metric.</param>
/// <param name="Normalized">Whether values are normalized.</param>
/// <param name="WeightedBetweenness">Whether betweenness used edge length 1/w.</param>
/// <param name="Ranking">The ranked offices.</param>
/// <param name="Evidence">How the ranked metric was computed.</param>
public sealed record CentralityRanking(CentralityMeasure Metric, bool Normalized, bool WeightedBetweenness, IReadOnlyList<RankedOffice> Ranking, Evidence Evidence)
{
    /// <summary>Ranks the offices by <paramref name="metric"/>, computing that metric only.</summary>
    public static CentralityRanking Of(NetworkAnalysis analysis, CentralityMeasure metric, int? top, bool normalized, bool weighted)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var scores = analysis.Scores(metric, new CentralityOptions(weighted));
        var n = scores.Offices.Count;
        var ranked = scores.Offices
            .Select(o => (o.Code, Value: ValueOf(o.Value, metric, normalized, n)))
            .OrderByDescending(x => x.Value).ThenBy(x => x.Code, StringComparer.Ordinal)
            .Take(top ?? n)
            .Select((x, i) => new RankedOffice(i + 1, x.Value, x.Code, weighted))
            .ToList();
        return new(metric, normalized, weighted, ranked, scores.Evidence);
    }

    /// <summary>
    /// The ranked value from the measure's own value: <paramref name="normalized"/> false gives raw counts for degrees
    /// and betweenness (NetworkX <c>normalized=False</c>), true divides degrees by n−1 (NetworkX degree centrality).
    /// </summary>
    public static double ValueOf(double value, CentralityMeasure metric, bool normalized, int n)
    {
        double degreeScale = normalized && n > 1 ? 1.0 / (n - 1) : 1.0;
        return metric switch
        {
            CentralityMeasure.InDegree or CentralityMeasure.OutDegree => value * degreeScale,
            CentralityMeasure.Betweenness => normalized || n < 3 ? value : value * (n - 1) * (n - 2),
            _ => value,
        };
    }
}

/// <summary>GraphQL <c>OfficeCentrality</c>.</summary>
public sealed class OfficeCentralityType : ObjectGraphType<OfficeCentrality>
{
    /// <summary>Defines the fields.</summary>
    public OfficeCentralityType()
    {
        Name = "OfficeCentrality";
        Description = "Every centrality measure of one office on the support graph (NetworkX 3.x definitions).";
        Field<NonNullGraphType<OfficeType>>("office").Description("The office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Code));
        Field(x => x.InDegree).Description("Number of offices that can help it (a count; `centrality(normalized: true)` divides it by n−1).");
        Field(x => x.OutDegree).Description("Number of offices it can help (a count; `centrality(normalized: true)` divides it by n−1).");
        Field(x => x.InStrength).Description("Sum of the weights of its in-edges (subject-links by which it can be helped).");
        Field(x => x.OutStrength).Description("Sum of the weights of its out-edges.");
        Field(x => x.Betweenness).Description("Brandes betweenness, directed, normalized by (n−1)(n−2); by hop count unless the ranking asked for `weighted`.");
        Field(x => x.Closeness).Description("Closeness by distance to the office, Wasserman–Faust corrected.");
        Field(x => x.Harmonic).Description("Sum of 1/hops over the other offices that can reach it by a chain of support.");
        Field(x => x.PageRank).Description("PageRank, α = 0.85, weighted, dangling mass spread uniformly; sums to 1.");
        Field(x => x.Hub).Description("HITS hub score (weighted; scores sum to 1).");
        Field(x => x.Authority).Description("HITS authority score (weighted; scores sum to 1).");
    }
}

/// <summary>GraphQL <c>RankedOffice</c>.</summary>
public sealed class RankedOfficeType : ObjectGraphType<RankedOffice>
{
    /// <summary>Defines the fields.</summary>
    public RankedOfficeType()
    {
        Name = "RankedOffice";
        Description = "An office's place in a centrality ranking.";
        Field(x => x.Rank).Description("1 for the highest value; equal values are ordered by office code.");
        Field<NonNullGraphType<OfficeType>>("office").Description("The office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Code));
        Field(x => x.Value).Description("The value of the ranked metric.");
        Field<NonNullGraphType<OfficeCentralityType>>("scores")
            .Description("Every centrality measure of the office (computes them all, betweenness included, the first time any ranking asks).")
            .Resolve(ctx => ctx.Snapshot().Analysis.Centrality(new CentralityOptions(ctx.Source.WeightedBetweenness))[ctx.Source.Code]);
    }
}

/// <summary>GraphQL <c>CentralityRanking</c>.</summary>
public sealed class CentralityRankingType : ObjectGraphType<CentralityRanking>
{
    /// <summary>Defines the fields.</summary>
    public CentralityRankingType()
    {
        Name = "CentralityRanking";
        Description = "Offices ranked by one centrality measure, with the evidence.";
        Field<NonNullGraphType<CentralityMetricType>>("metric").Description("The measure ranked by.").Resolve(ctx => ctx.Source.Metric);
        Field(x => x.Normalized).Description("Whether degrees and betweenness are normalized.");
        Field<NonNullGraphType<BooleanGraphType>>("weightedBetweenness").Description("Whether betweenness used edge length 1/weight.").Resolve(ctx => ctx.Source.WeightedBetweenness);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RankedOfficeType>>>>("ranking").Description("The offices, highest value first.").Resolve(ctx => ctx.Source.Ranking);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("The ranked measure's algorithm and parameters, dataset version and support edges.").Resolve(ctx => ctx.Source.Evidence);
    }
}
