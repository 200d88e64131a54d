using System.Text.Json;
using CoopGraph.Analytics.Reporting;

namespace CoopGraph.Analytics.Tests;

public sealed class OfficeMetricsTests
{
    [Fact]
    public void Names_AnalyzeJson_EveryMetricIsAnOfficePropertyWithTheSameValue()
    {
        var analysis = NetworkAnalysis.Of(Networks.Sample());
        using var stream = new MemoryStream();
        ReportJson.Write(stream, analysis.Report());
        using var json = JsonDocument.Parse(stream.ToArray());
        var byOffice = OfficeMetrics.ByOffice(analysis);

        foreach (var office in json.RootElement.GetProperty("offices").EnumerateArray())
        {
            var metrics = byOffice[office.GetProperty("code").GetString()!];
            metrics.Keys.ShouldBe(OfficeMetrics.Names);
            foreach (var name in OfficeMetrics.Names.Where(n => n != "isolation"))
            {
                office.GetProperty(name).GetDouble().ShouldBe(metrics[name], 1e-12);
            }

            office.GetProperty("isolation").GetProperty("score").GetDouble().ShouldBe(metrics["isolation"], 1e-12);
        }
    }

    [Fact]
    public void All_EveryCentralityMeasure_RanksExactlyOneMetricAndIdsAreTheNames()
    {
        OfficeMetrics.All.Select(m => m.Id).ShouldBe(OfficeMetrics.Names);
        OfficeMetrics.All.Where(m => m.Measure is not null).Select(m => m.Measure!.Value)
            .ShouldBe(Enum.GetValues<Analytics.Centrality.CentralityMeasure>(), ignoreOrder: true);
        OfficeMetrics.All.ShouldAllBe(m => m.Label.Length > 0 && m.Legend.Length > 0 && m.Definition.Length > 0);
    }
}
