using CoopGraph.Domain;
using CoopGraph.Server.Snapshots;

namespace CoopGraph.Server.Api.Types;

/// <summary>Which offices the <c>offices</c> connection lists; every given criterion must hold.</summary>
public sealed class OfficeFilter
{
    /// <summary>Part of the code, name or an alias (case and accents ignored).</summary>
    public string? Search { get; init; }

    /// <summary>Only offices whose head attended (true) or did not (false).</summary>
    public bool? Attended { get; init; }

    /// <summary>Only offices requesting this subject.</summary>
    public string? Requests { get; init; }

    /// <summary>Only offices offering this subject.</summary>
    public string? Offers { get; init; }

    /// <summary>Only offices requesting or offering some subject of this area.</summary>
    public string? Area { get; init; }

    /// <summary>Whether <paramref name="office"/> meets every criterion.</summary>
    public bool Matches(Office office, DatasetSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (Search is { Length: > 0 } search)
        {
            var needle = OfficeLookup.Normalize(search);
            if (!office.Aliases.Prepend(office.Name).Prepend(office.Code).Any(n => OfficeLookup.Normalize(n).Contains(needle, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        var requests = snapshot.RequestsByOffice[office.Code];
        var offers = snapshot.OffersByOffice[office.Code];
        return (Attended is null || office.Attended == Attended)
            && (Requests is null || requests.Any(r => r.Subject == Requests))
            && (Offers is null || offers.Any(o => o.Subject == Offers))
            && (Area is null || requests.Select(r => r.Subject).Concat(offers.Select(o => o.Subject)).Any(s => snapshot.Subject(s)?.Area == Area));
    }
}
