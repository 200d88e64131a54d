namespace CoopGraph.Domain;

/// <summary>An office's capacity to help others on a subject.</summary>
/// <param name="Office">Offering office code.</param>
/// <param name="Subject">Subject identifier.</param>
/// <param name="Wording">The source's "possible offers of collaboration" text, where it adds something.</param>
/// <param name="Source">Where it comes from, e.g. <c>management#2</c> (area table, row).</param>
/// <param name="Confidence">How surely the source supports it.</param>
/// <param name="Note">Why a reader should look twice (e.g. table and narrative disagree).</param>
public sealed record Offer(string Office, string Subject, string? Wording, string Source, Confidence Confidence, string? Note);
