namespace CoopGraph.Domain;

/// <summary>An office's need for cooperation on a subject.</summary>
/// <param name="Office">Requesting office code.</param>
/// <param name="Subject">Subject identifier.</param>
/// <param name="Source">Where it comes from, e.g. <c>management#2</c> (area table, row).</param>
/// <param name="Confidence">How surely the source supports it.</param>
/// <param name="Note">Why a reader should look twice (e.g. table and narrative disagree).</param>
public sealed record Request(string Office, string Subject, string Source, Confidence Confidence, string? Note);
