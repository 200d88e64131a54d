using CoopGraph.Domain;

namespace CoopGraph.Analytics.Paths;

/// <summary>
/// The provenance of a support edge, from the server's data rather than rebuilt by each client: the subjects on which
/// one office can help another, each with the offer and the request behind it and the justification in words.
/// </summary>
public static class SupportLinks
{
    /// <summary>
    /// What <paramref name="from"/> can help <paramref name="to"/> with, restricted to an area or one subject when given;
    /// a hop with no subjects when there is no such support.
    /// </summary>
    /// <exception cref="ArgumentException">An unknown office.</exception>
    public static PathHop Between(NetworkAnalysis analysis, string from, string to, string? area = null, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var s = analysis.Snapshot;
        var (a, b) = (s.IndexOfOffice(from), s.IndexOfOffice(to));
        if (a < 0 || b < 0)
        {
            throw new ArgumentException($"unknown office '{(a < 0 ? from : to)}'", a < 0 ? nameof(from) : nameof(to));
        }

        var subjects = new List<HopSubject>();
        var edge = s.SupportEdges.FirstOrDefault(e => e.From == from && e.To == to);
        foreach (var id in edge?.Subjects ?? [])
        {
            var x = s.IndexOfSubject(id);
            if ((area is not null && s.Dataset.Subjects[x].Area != area) || (subject is not null && id != subject))
            {
                continue;
            }

            var request = s.RequestRecord[Array.BinarySearch(s.RequestOffice, s.RequestStart(x), s.RequestEnd(x) - s.RequestStart(x), b)];
            var offer = s.OfferRecord[Array.BinarySearch(s.OfferOffice, s.OfferStart(x), s.OfferEnd(x) - s.OfferStart(x), a)];
            subjects.Add(new HopSubject(id, s.Dataset.Requests[request], s.Dataset.Offers[offer]));
        }

        return new PathHop(from, to, subjects);
    }

    /// <summary>
    /// Why the offering office can help the requesting one on this subject, in words: the offer's wording and the request's
    /// subject, each with its source row and confidence.
    /// </summary>
    public static string Justification(Dataset dataset, HopSubject hop)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(hop);
        return $"{Statement(dataset, hop.Offer)}; {Statement(dataset, hop.Request)}";
    }

    /// <summary>
    /// One offer in words with its source row and confidence, e.g. <c>Brazil offers “…” (management#2, high
    /// confidence)</c>: one half of a justification, and the provenance of an office → subject edge.
    /// </summary>
    public static string Statement(Dataset dataset, Offer offer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(offer);
        var wording = string.IsNullOrWhiteSpace(offer.Wording) ? SubjectName(dataset, offer.Subject) : $"“{offer.Wording}”";
        return $"{OfficeName(dataset, offer.Office)} offers {wording} ({offer.Source}, {Confidence(offer.Confidence)} confidence)";
    }

    /// <summary>One request in words with its source row and confidence: the other half, and an office → subject edge.</summary>
    public static string Statement(Dataset dataset, Request request)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(request);
        return $"{OfficeName(dataset, request.Office)} requests {SubjectName(dataset, request.Subject)} ({request.Source}, {Confidence(request.Confidence)} confidence)";
    }

    private static string OfficeName(Dataset dataset, string code) => dataset.FindOffice(code)?.Name ?? code;

    private static string SubjectName(Dataset dataset, string id) => dataset.FindSubject(id)?.Name ?? id;

    private static string Confidence(Confidence confidence) => confidence.ToString().ToLowerInvariant();
}
