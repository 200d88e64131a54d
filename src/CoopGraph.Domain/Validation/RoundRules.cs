using System.Globalization;
using System.Text.RegularExpressions;

namespace CoopGraph.Domain.Validation;

/// <summary>
/// What rounds must be: unique ids, ISO dates in order, a kind; the latest round's requests and offers are the
/// dataset's own (so it carries none), every earlier round carries its own, checked like the dataset's.
/// </summary>
internal static partial class RoundRules
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$")]
    private static partial Regex DatePattern();

    /// <summary>The <see cref="ValidationIssue.Kind"/> of a citation that explains no difference (an edit made it idle).</summary>
    public const string IdleCitationKind = "citations explain no difference from the previous round";

    public static void Check(Dataset dataset, HashSet<string> offices, HashSet<string> subjects, PlaceOf place, Action<string, string> error,
        Action<string, string, string> warn)
    {
        var rounds = dataset.Rounds ?? [];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        string? previousDate = null;
        for (var i = 0; i < rounds.Count; i++)
        {
            var r = rounds[i];
            var at = $"$.rounds[{i}]";
            if (string.IsNullOrWhiteSpace(r.Id) || !IdPattern().IsMatch(r.Id))
            {
                error(at + ".id", $"round id '{r.Id}' must be lower-case letters, digits and dashes");
            }
            else if (!seen.TryAdd(r.Id, i))
            {
                error(at + ".id", $"duplicate id '{r.Id}' (first at $.rounds[{seen[r.Id]}].id)");
            }

            if (string.IsNullOrWhiteSpace(r.Name))
            {
                error(at + ".name", "name is empty");
            }

            if (r.Date is null || !IsIsoDate(r.Date))
            {
                error(at + ".date", $"date '{r.Date}' must be an ISO 8601 date (2022-10-04) or month (2022-04)");
            }
            else
            {
                // A month sorts before the days of that month, which is the order a reader expects.
                if (previousDate is not null && string.CompareOrdinal(r.Date, previousDate) < 0)
                {
                    error(at + ".date", $"date {r.Date} is before the previous round's ({previousDate}): rounds are listed oldest first");
                }

                previousDate = r.Date;
            }

            if (r.Kind is null)
            {
                error(at + ".kind", "kind is missing: survey, meeting or follow-up");
            }

            var latest = i == rounds.Count - 1;
            if (latest && (r.Requests is not null || r.Offers is not null))
            {
                error(at, "the latest round's requests and offers are the dataset's own ($.requests, $.offers): leave them out here");
            }
            else if (!latest && (r.Requests is null || r.Offers is null))
            {
                error(at, "an earlier round lists its own requests and offers (both arrays, empty if none)");
            }
            else if (!latest)
            {
                DatasetValidator.CheckRoundLinks(r, $"rounds[{i}]", offices, subjects, place, error);
            }

            CheckCitations(dataset, i, at, error, warn);
        }
    }

    // A citation explains a real difference from the previous round: it is provenance, never data. An edit of the latest
    // round can make one idle; that is news for the editor, not a reason to refuse the edit.
    private static void CheckCitations(Dataset dataset, int index, string at, Action<string, string> error, Action<string, string, string> warn)
    {
        var citations = dataset.Rounds![index].Citations ?? [];
        if (citations.Count == 0)
        {
            return;
        }

        if (index == 0)
        {
            error(at + ".citations", "the first round has no previous round to differ from: leave citations out");
            return;
        }

        var now = Edges(dataset, index);
        var before = Edges(dataset, index - 1);
        for (var c = 0; c < citations.Count; c++)
        {
            var cite = citations[c];
            var key = (cite.Role, cite.Office, cite.Subject);
            if (cite.Role is not ("request" or "offer"))
            {
                error($"{at}.citations[{c}].role", $"role must be 'request' or 'offer', not '{cite.Role}'");
            }
            else if (now.Contains(key) == before.Contains(key))
            {
                warn($"{at}.citations[{c}]", $"cites {cite.Role} {cite.Office} {cite.Subject}, which is the same in this round and the previous one",
                    $"{cite.Role} {cite.Office} {cite.Subject}");
            }

            if (cite.Line < 1)
            {
                error($"{at}.citations[{c}].line", "line must be 1 or more");
            }
        }
    }

    /// <summary><paramref name="dataset"/> without the citations that explain no difference from the previous round.</summary>
    public static Dataset DropIdleCitations(Dataset dataset)
    {
        if (dataset.Rounds is not { Count: > 1 } rounds)
        {
            return dataset;
        }

        var kept = rounds.ToList();
        var changed = false;
        for (var i = 1; i < rounds.Count; i++)
        {
            if (rounds[i].Citations is not { Count: > 0 } citations)
            {
                continue;
            }

            var (now, before) = (Edges(dataset, i), Edges(dataset, i - 1));
            var live = citations.Where(c => now.Contains((c.Role, c.Office, c.Subject)) != before.Contains((c.Role, c.Office, c.Subject))).ToList();
            if (live.Count != citations.Count)
            {
                kept[i] = rounds[i] with { Citations = live.Count == 0 ? null : live };
                changed = true;
            }
        }

        return changed ? dataset with { Rounds = kept } : dataset;
    }

    private static HashSet<(string, string, string)> Edges(Dataset dataset, int index)
    {
        var round = dataset.Rounds![index];
        var latest = index == dataset.Rounds.Count - 1;
        return [.. (latest ? dataset.Requests : round.Requests ?? []).Select(r => ("request", r.Office, r.Subject)),
            .. (latest ? dataset.Offers : round.Offers ?? []).Select(o => ("offer", o.Office, o.Subject))];
    }

    private static bool IsIsoDate(string date) =>
        DatePattern().IsMatch(date) &&
        DateTime.TryParseExact(date.Length == 7 ? date + "-01" : date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
