using CoopGraph.Domain.Validation;

namespace CoopGraph.Domain.Changes;

/// <summary>
/// Whether a batch that only adds and removes requests and offers keeps a valid dataset valid, checking only what the
/// batch touches: the rules of <see cref="DatasetValidator"/> that read a request or an offer (office and subject
/// known, a source, no duplicate, text rules; a removed link still backing an initiative). Every other rule reads only
/// what such a batch leaves as it was, so the whole dataset need not be validated again (at 50,000 links that is tens
/// of milliseconds per edit). A new rule about requests or offers belongs here too;
/// <c>Apply_RandomEdgeBatchesOnAValidDataset_AgreeWithFullValidation</c> fails until it is.
/// </summary>
internal static class EdgeEditCheck
{
    // Past this many changes a batch is validated whole: the duplicate check below scans the list once per added link.
    private const int MaxChanges = 64;

    /// <summary>
    /// True when <paramref name="after"/> (<paramref name="before"/> with <paramref name="changes"/> applied) is
    /// certainly valid; false when the batch is of another kind, too long, or may have broken a rule (the caller then
    /// validates it whole, which also names every problem).
    /// </summary>
    /// <param name="before">A dataset known to be valid.</param>
    /// <param name="after">The dataset after the batch.</param>
    /// <param name="changes">The batch, every change of which applied.</param>
    public static bool KeepsValid(Dataset before, Dataset after, IReadOnlyList<Change> changes)
    {
        if (!before.KnownValid || changes.Count > MaxChanges)
        {
            return false;
        }

        foreach (var change in changes)
        {
            var holds = change switch
            {
                AddRequest a => Added(after, after.Requests, a.Request.Office, a.Request.Subject, r => (r.Office, r.Subject), a.Request.Source)
                    && TextRules.Problem(a.Request.Source, allowBreaks: false) is null
                    && TextRules.Problem(a.Request.Note, allowBreaks: true) is null,
                AddOffer a => Added(after, after.Offers, a.Offer.Office, a.Offer.Subject, o => (o.Office, o.Subject), a.Offer.Source)
                    && TextRules.Problem(a.Offer.Wording, allowBreaks: true) is null
                    && TextRules.Problem(a.Offer.Source, allowBreaks: false) is null
                    && TextRules.Problem(a.Offer.Note, allowBreaks: true) is null,

                // Removing a link breaks no rule, except an initiative of the latest round that names it: any
                // initiative on the subject sends the batch to the whole validation.
                RemoveRequest r => !after.Initiatives.Any(x => x.Subject == r.Subject),
                RemoveOffer r => !after.Initiatives.Any(x => x.Subject == r.Subject),
                _ => false,
            };
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    // A link the batch added: its office and subject exist, it has a source, and it is the only link of its pair.
    private static bool Added<T>(Dataset after, IReadOnlyList<T> links, string? office, string? subject, Func<T, (string?, string?)> pair, string? source)
    {
        if (office is null || subject is null || string.IsNullOrWhiteSpace(source) ||
            !after.Offices.Any(o => o.Code == office) || !after.Subjects.Any(s => s.Id == subject))
        {
            return false;
        }

        var count = 0;
        foreach (var link in links)
        {
            var (o, s) = pair(link);
            if (o == office && s == subject && ++count > 1)
            {
                return false;
            }
        }

        return count == 1;
    }
}
