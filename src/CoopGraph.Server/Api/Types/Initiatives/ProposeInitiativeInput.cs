namespace CoopGraph.Server.Api.Types.Initiatives;

/// <summary>What <c>proposeInitiative</c> reads.</summary>
/// <param name="Id">The new initiative's id.</param>
/// <param name="Title">What it does.</param>
/// <param name="Subject">The subject id.</param>
/// <param name="RequestOffices">Offices whose request it answers.</param>
/// <param name="OfferOffices">Offices whose offer it draws on.</param>
/// <param name="Round">The round it is proposed in.</param>
/// <param name="Note">Why, or where it was recorded.</param>
/// <param name="At">When it was proposed (default: now).</param>
public sealed record ProposeInitiativeInput(
    string Id, string Title, string Subject, IReadOnlyList<string> RequestOffices, IReadOnlyList<string> OfferOffices,
    string? Round, string? Note, DateTimeOffset? At);
