namespace CoopGraph.Domain;

/// <summary>A national intellectual-property office, keyed by its country's ISO 3166-1 alpha-3 code.</summary>
/// <param name="Code">ISO 3166-1 alpha-3 code of the office's country (e.g. <c>BRA</c>).</param>
/// <param name="Name">English name of the country.</param>
/// <param name="Aliases">Other spellings the sources use (<c>BRASIL</c>, <c>DOMINICAN REP.</c>).</param>
/// <param name="Institution">The office's institution name, when the source gives one.</param>
/// <param name="Attended">Whether the office's head attended the meeting.</param>
public sealed record Office(string Code, string Name, IReadOnlyList<string> Aliases, string? Institution, bool Attended);

/// <summary>One of the thematic areas that group subjects (one table per area in the Lima report).</summary>
/// <param name="Id">Stable identifier, e.g. <c>infrastructure</c>.</param>
/// <param name="Name">Display name.</param>
public sealed record Area(string Id, string Name);

/// <summary>A subject on which offices request or offer cooperation.</summary>
/// <param name="Id">Stable identifier (kebab-case).</param>
/// <param name="Area">Identifier of the area the subject belongs to.</param>
/// <param name="Name">Short display name.</param>
/// <param name="Request">The request text as the source words it.</param>
/// <param name="CrossCutting">True for a course of action involving all countries, requested by all and offered by none.</param>
public sealed record Subject(string Id, string Area, string Name, string? Request, bool CrossCutting);

/// <summary>How surely a source supports the direction (who asks, who offers) of a request or offer.</summary>
public enum Confidence
{
    /// <summary>A narrative sentence confirms the direction.</summary>
    High,

    /// <summary>The direction follows only from the table layout.</summary>
    Medium,

    /// <summary>The direction is a judgement call.</summary>
    Low,
}

/// <summary>An office's need for cooperation on a subject.</summary>
/// <param name="Office">Requesting office code.</param>
/// <param name="Subject">Subject identifier.</param>
/// <param name="Source">Where it comes from, e.g. <c>management#2</c> (area table, row).</param>
/// <param name="Confidence">How surely the source supports it.</param>
/// <param name="Note">Why a reader should look twice (e.g. table and narrative disagree).</param>
public sealed record Request(string Office, string Subject, string Source, Confidence Confidence, string? Note);

/// <summary>An office's capacity to help others on a subject.</summary>
/// <param name="Office">Offering office code.</param>
/// <param name="Subject">Subject identifier.</param>
/// <param name="Wording">The source's "possible offers of collaboration" text, where it adds something.</param>
/// <param name="Source">Where it comes from, e.g. <c>management#2</c> (area table, row).</param>
/// <param name="Confidence">How surely the source supports it.</param>
/// <param name="Note">Why a reader should look twice (e.g. table and narrative disagree).</param>
public sealed record Offer(string Office, string Subject, string? Wording, string Source, Confidence Confidence, string? Note);

/// <summary>A standing network of offices named by the source.</summary>
/// <param name="Id">Stable identifier.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">What the network does.</param>
/// <param name="Members">Member office codes, only where the source names them.</param>
public sealed record Network(string Id, string Name, string? Description, IReadOnlyList<string> Members);
