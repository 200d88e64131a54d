using System.Text.RegularExpressions;

namespace CoopGraph.Domain.Validation;

/// <summary>
/// Checks a dataset's meaning (references, duplicates, names) and reports every problem with its place.
/// Shape (types, required fields) is the JSON Schema's job; this runs on a deserialized <see cref="Dataset"/>.
/// </summary>
public static partial class DatasetValidator
{
    [GeneratedRegex("^[A-Z][A-Z0-9_-]{1,15}$")]
    private static partial Regex OfficeCodePattern();

    /// <summary>The <see cref="ValidationIssue.Kind"/> of a non-ISO office code.</summary>
    public const string NonIsoCodeKind = "offices have a code that is not an ISO 3166-1 alpha-3 country code";

    /// <summary>The <see cref="ValidationIssue.Kind"/> of an offer by an office that also requests the subject.</summary>
    public const string RequestsAndOffersKind = "offers come from an office that also requests the subject";

    /// <summary>The <see cref="ValidationIssue.Kind"/> of an offer of a cross-cutting subject.</summary>
    public const string CrossCuttingOfferKind = "offers are of a cross-cutting subject";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    /// <summary>Validates <paramref name="dataset"/>; places are JSON paths unless <paramref name="placeOf"/> says otherwise.</summary>
    public static ValidationReport Validate(Dataset dataset, PlaceOf? placeOf = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var place = placeOf ?? Places.JsonPath;
        var issues = new List<ValidationIssue>();
        void Error(string p, string m) => issues.Add(new(Severity.Error, p, m));
        void Warn(string p, string m, string kind, string about) => issues.Add(new(Severity.Warning, p, m) { Kind = kind, About = about });

        if (dataset.FormatVersion == Dataset.CurrentFormatVersion && dataset.Rounds is not null)
        {
            Error("$.formatVersion", $"a dataset with rounds has format version {Dataset.RoundsFormatVersion}");
        }
        else if (dataset.FormatVersion == Dataset.RoundsFormatVersion && dataset.Rounds is not { Count: > 0 })
        {
            Error("$.formatVersion", $"format version {Dataset.RoundsFormatVersion} needs at least one round in $.rounds (a dataset without rounds has format version {Dataset.CurrentFormatVersion})");
        }
        else if (dataset.FormatVersion is not (Dataset.CurrentFormatVersion or Dataset.RoundsFormatVersion))
        {
            Error("$.formatVersion", $"format version {dataset.FormatVersion} is not supported (expected {Dataset.CurrentFormatVersion}, or {Dataset.RoundsFormatVersion} with rounds)");
        }

        if (string.IsNullOrWhiteSpace(dataset.Name))
        {
            Error("$.name", "dataset name is empty");
        }

        var offices = CheckKeys(dataset.Offices, "offices", "code", o => o.Code, o => o.Name, place, Error);
        for (var i = 0; i < dataset.Offices.Count; i++)
        {
            var code = dataset.Offices[i].Code ?? "";
            if (!OfficeCodePattern().IsMatch(code))
            {
                Error(place("offices", i, "code"), $"office code '{code}' must be 2 to 16 characters: an upper-case letter, then upper-case letters, digits, '_' or '-' (a country's office: its ISO 3166-1 alpha-3 code)");
            }
            else if (!IsoCountryCodes.IsAssigned(code))
            {
                Warn(place("offices", i, "code"), $"office code '{code}' is not an ISO 3166-1 alpha-3 country code", NonIsoCodeKind, code);
            }

            // A blank alias would make an empty search or lookup resolve to this office.
            var aliases = dataset.Offices[i].Aliases ?? [];
            for (var a = 0; a < aliases.Count; a++)
            {
                if (string.IsNullOrWhiteSpace(aliases[a]))
                {
                    Error($"{place("offices", i, "aliases")}[{a}]", "alias is empty: leave it out");
                }
            }
        }

        var areas = CheckKeys(dataset.Areas, "areas", "id", a => a.Id, a => a.Name, place, Error);
        for (var i = 0; i < dataset.Areas.Count; i++)
        {
            if (dataset.Areas[i].Id is { Length: > 0 } id && !IdPattern().IsMatch(id))
            {
                Error(place("areas", i, "id"), $"area id '{id}' must be lower-case letters, digits and dashes");
            }
        }

        var subjects = CheckKeys(dataset.Subjects, "subjects", "id", s => s.Id, s => s.Name, place, Error);
        for (var i = 0; i < dataset.Subjects.Count; i++)
        {
            var s = dataset.Subjects[i];
            if (s.Id is not null && !IdPattern().IsMatch(s.Id))
            {
                Error(place("subjects", i, "id"), $"subject id '{s.Id}' must be lower-case letters, digits and dashes");
            }

            if (!areas.Contains(s.Area ?? ""))
            {
                Error(place("subjects", i, "area"), $"unknown area '{s.Area}'");
            }
        }

        var crossCutting = dataset.Subjects.Where(s => s.CrossCutting).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var requested = CheckLinks(dataset.Requests, "requests", "request", r => r.Office, r => r.Subject, r => r.Source, offices, subjects, place, Error);
        CheckLinks(dataset.Offers, "offers", "offer", o => o.Office, o => o.Subject, o => o.Source, offices, subjects, place, Error);

        for (var i = 0; i < dataset.Offers.Count; i++)
        {
            var o = dataset.Offers[i];
            // News a planner wants (a shared need someone can now help with), not a data error: the subject's status
            // then follows its offers like any other subject's.
            if (crossCutting.Contains(o.Subject ?? ""))
            {
                Warn(place("offers", i, "subject"), $"subject '{o.Subject}' is cross-cutting (a need every office shares); offered, it counts like any other subject",
                    CrossCuttingOfferKind, $"{o.Office} {o.Subject}");
            }

            if (requested.ContainsKey(new Link(o.Office, o.Subject)))
            {
                Warn(place("offers", i, null), $"office '{o.Office}' both requests and offers subject '{o.Subject}'", RequestsAndOffersKind, $"{o.Office} {o.Subject}");
            }
        }

        CheckKeys(dataset.Networks, "networks", "id", n => n.Id, n => n.Name, place, Error);
        for (var i = 0; i < dataset.Networks.Count; i++)
        {
            var members = dataset.Networks[i].Members ?? [];
            for (var m = 0; m < members.Count; m++)
            {
                if (!offices.Contains(members[m]))
                {
                    Error($"{place("networks", i, "members")}[{m}]", $"unknown office '{members[m]}'");
                }
            }
        }

        Initiatives.InitiativeRules.Check(dataset, offices, subjects, place, Error);
        TextRules.Check(dataset, place, Error);
        RoundRules.Check(dataset, offices, subjects, place, Error, (p, m, about) => Warn(p, m, RoundRules.IdleCitationKind, about));
        var report = new ValidationReport(issues);
        if (report.IsValid)
        {
            dataset.KnownValid = true;
        }

        return report;
    }

    /// <summary>Checks one earlier round's requests and offers like the dataset's own, at <c>$.rounds[i]</c>.</summary>
    internal static void CheckRoundLinks(Round round, string prefix, HashSet<string> offices, HashSet<string> subjects, PlaceOf place, Action<string, string> error)
    {
        string Place(string collection, int index, string? field) => place($"{prefix}.{collection}", index, field);
        CheckLinks(round.Requests ?? [], "requests", "request", r => r.Office, r => r.Subject, r => r.Source, offices, subjects, Place, error);
        CheckLinks(round.Offers ?? [], "offers", "offer", o => o.Office, o => o.Subject, o => o.Source, offices, subjects, Place, error);
    }

    private static HashSet<string> CheckKeys<T>(
        IReadOnlyList<T> items, string collection, string keyField, Func<T, string?> key, Func<T, string?> name,
        PlaceOf place, Action<string, string> error)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var k = key(items[i]);
            if (string.IsNullOrWhiteSpace(k))
            {
                error(place(collection, i, keyField), $"{keyField} is empty");
            }
            else if (!seen.TryAdd(k, i))
            {
                error(place(collection, i, keyField), $"duplicate {keyField} '{k}' (first at {place(collection, seen[k], keyField)})");
            }

            if (string.IsNullOrWhiteSpace(name(items[i])))
            {
                error(place(collection, i, "name"), "name is empty");
            }
        }

        return seen.Keys.ToHashSet(StringComparer.Ordinal);
    }

    // Keyed by a class, not a value tuple: a framework collection over a value type of ours is not compiled ahead of
    // time (ReadyToRun) and runs unoptimised for most of a short `validate` (50,000 links at M).
    private sealed record Link(string? Office, string? Subject);

    /// <summary>Checks each link; returns every (office, subject) seen, with the index of its first link.</summary>
    private static Dictionary<Link, int> CheckLinks<T>(
        IReadOnlyList<T> items, string collection, string what, Func<T, string?> office, Func<T, string?> subject,
        Func<T, string?> source, HashSet<string> offices, HashSet<string> subjects, PlaceOf place, Action<string, string> error)
    {
        var seen = new Dictionary<Link, int>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var (o, s) = (office(items[i]), subject(items[i]));
            if (!offices.Contains(o ?? ""))
            {
                error(place(collection, i, "office"), $"unknown office '{o}'");
            }

            if (!subjects.Contains(s ?? ""))
            {
                error(place(collection, i, "subject"), $"unknown subject '{s}'");
            }

            if (string.IsNullOrWhiteSpace(source(items[i])))
            {
                error(place(collection, i, "source"), "source is empty: every " + what + " needs its provenance");
            }

            var link = new Link(o, s);
            if (!seen.TryAdd(link, i))
            {
                error(place(collection, i, null), $"duplicate {what}: office '{o}' already {what}s subject '{s}' at {place(collection, seen[link], null)}");
            }
        }

        return seen;
    }
}
