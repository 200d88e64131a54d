namespace CoopGraph.Domain;

/// <summary>A subject on which offices request or offer cooperation.</summary>
/// <param name="Id">Stable identifier (kebab-case).</param>
/// <param name="Area">Identifier of the area the subject belongs to.</param>
/// <param name="Name">Short display name.</param>
/// <param name="Request">The request text as the source words it.</param>
/// <param name="CrossCutting">True for a course of action involving all countries, requested by all and offered by none.</param>
public sealed record Subject(string Id, string Area, string Name, string? Request, bool CrossCutting);
