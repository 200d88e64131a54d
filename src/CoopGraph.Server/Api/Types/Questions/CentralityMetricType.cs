using CoopGraph.Analytics;
using CoopGraph.Analytics.Centrality;
using CoopGraph.Domain.Formats;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Questions;

/// <summary>GraphQL <c>CentralityMetric</c>: the analytics' own <see cref="CentralityMeasure"/>, described for API users with the definitions of <see cref="OfficeMetrics"/>.</summary>
public sealed class CentralityMetricType : EnumerationGraphType<CentralityMeasure>
{
    /// <summary>Names the type.</summary>
    public CentralityMetricType()
    {
        Name = "CentralityMetric";
        Description = "A centrality measure on the support graph, where A→B means A offers a subject B requests (NetworkX 3.x definitions; see docs/analytics.md).";
        foreach (var measure in Enum.GetValues<CentralityMeasure>())
        {
            this.Describe(EnumNames.ConstantCase(measure), OfficeMetrics.For(measure).Definition);
        }
    }
}
