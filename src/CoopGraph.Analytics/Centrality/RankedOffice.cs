namespace CoopGraph.Analytics.Centrality;

/// <summary>One office's place in a ranking.</summary>
/// <param name="Rank">1 for the highest value; ties share order by code.</param>
/// <param name="Value">The ranked metric's value.</param>
/// <param name="Code">The office's code.</param>
/// <param name="WeightedBetweenness">Whether the office's <c>scores</c> carry betweenness on edge length 1/w.</param>
public sealed record RankedOffice(int Rank, double Value, string Code, bool WeightedBetweenness);
