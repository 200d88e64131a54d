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
        var helper = dataset.FindOffice(hop.Offer.Office)?.Name ?? hop.Offer.Office;
        var helped = dataset.FindOffice(hop.Request.Office)?.Name ?? hop.Request.Office;
        var subject = dataset.FindSubject(hop.Subject)?.Name ?? hop.Subject;
        var wording = string.IsNullOrWhiteSpace(hop.Offer.Wording) ? subject : $"“{hop.Offer.Wording}”";
        return $"{helper} offers {wording} ({hop.Offer.Source}, {Confidence(hop.Offer.Confidence)} confidence); " +
            $"{helped} requests {subject} ({hop.Request.Source}, {Confidence(hop.Request.Confidence)} confidence)";
    }

    private static string Confidence(Confidence confidence) => ConfidenceText.Of(confidence);
}
