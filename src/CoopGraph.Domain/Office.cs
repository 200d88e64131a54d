namespace CoopGraph.Domain;

/// <summary>A national intellectual-property office, keyed by its country's ISO 3166-1 alpha-3 code.</summary>
/// <param name="Code">ISO 3166-1 alpha-3 code of the office's country (e.g. <c>BRA</c>).</param>
/// <param name="Name">English name of the country.</param>
/// <param name="Aliases">Other spellings the sources use (<c>BRASIL</c>, <c>DOMINICAN REP.</c>).</param>
/// <param name="Institution">The office's institution name, when the source gives one.</param>
/// <param name="Attended">Whether the office's head attended the meeting.</param>
public sealed record Office(string Code, string Name, IReadOnlyList<string> Aliases, string? Institution, bool Attended);
