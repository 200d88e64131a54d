namespace CoopGraph.Analytics.Centrality;

/// <summary>One office's place in the ranking <c>centrality(metric:)</c> gives with its default arguments.</summary>
/// <param name="Metric">The measure ranked by.</param>
/// <param name="Entry">The office's entry of the ranking.</param>
/// <param name="OutOf">How many offices the ranking has.</param>
public sealed record OfficeRank(CentralityMeasure Metric, RankedOffice Entry, int OutOf);
