using CoopGraph.Domain.Initiatives;
using CoopGraph.Domain.Validation;

namespace CoopGraph.Domain.Changes;

/// <summary>How an imported dataset combines with the current one.</summary>
public enum ImportMode
{
    /// <summary>Upsert offices, areas, subjects and networks by key; add requests and offers not already there.</summary>
    Merge,

    /// <summary>The imported dataset becomes the whole dataset.</summary>
    Replace,
}

/// <summary>
/// Applies changes and imports to a dataset in memory and validates the result, so every store (and every caller) gets
/// the same rules; a store only persists a result that is valid.
/// </summary>
public static class DatasetEditor
{
    /// <summary>
    /// The dataset after <paramref name="changes"/>, or the report of why it cannot be (places: <c>changes[i]</c>).
    /// When <paramref name="dataset"/> is known valid and the batch only adds and removes requests and offers, only
    /// what the batch touches is checked (<see cref="EdgeEditCheck"/>) and a valid result comes with an empty report:
    /// its warnings are <see cref="DatasetValidator.Validate"/>'s to list.
    /// </summary>
    public static LoadResult Apply(Dataset dataset, IReadOnlyList<Change> changes)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(changes);
        // A list no change touches stays the same object, so stores and caches see at once that it did not change.
        var offices = new Edited<Office>(dataset.Offices);
        var subjects = new Edited<Subject>(dataset.Subjects);
        var requests = new Edited<Request>(dataset.Requests);
        var offers = new Edited<Offer>(dataset.Offers);
        var initiatives = new Edited<Initiative>(dataset.Initiatives);
        var issues = new List<ValidationIssue>();

        // Which change brought each new item, so a validation error names the change, not an internal index.
        var origin = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < changes.Count; i++)
        {
            var place = $"changes[{i}]";
            switch (changes[i])
            {
                case AddRequest a: requests.List.Add(a.Request); origin[a.Request] = i; break;
                case AddOffer a: offers.List.Add(a.Offer); origin[a.Offer] = i; break;
                case RemoveRequest r when requests.List.RemoveAll(x => x.Office == r.Office && x.Subject == r.Subject) == 0:
                    issues.Add(new(Severity.Error, place, $"office '{r.Office}' does not request subject '{r.Subject}'"));
                    break;
                case RemoveOffer r when offers.List.RemoveAll(x => x.Office == r.Office && x.Subject == r.Subject) == 0:
                    issues.Add(new(Severity.Error, place, $"office '{r.Office}' does not offer subject '{r.Subject}'"));
                    break;
                case UpsertOffice u: Upsert(offices.List, u.Office, o => o.Code); origin[u.Office] = i; break;
                case UpsertSubject u: Upsert(subjects.List, u.Subject, s => s.Id); origin[u.Subject] = i; break;
                case RemoveRequest or RemoveOffer: break;
                case ProposeInitiative or AdvanceInitiative:
                    if (InitiativeEdits.Apply(initiatives.List, changes[i]) is { } problem)
                    {
                        issues.Add(new(Severity.Error, place, problem));
                    }
                    else
                    {
                        var id = changes[i] is ProposeInitiative p ? p.Id : ((AdvanceInitiative)changes[i]).Id;
                        origin.TryAdd(initiatives.List.Find(x => x.Id == id)!, i);
                    }

                    break;
                default: throw new ArgumentOutOfRangeException(nameof(changes), changes[i], "unknown change");
            }
        }

        string PlaceOf(string collection, int index, string? field)
        {
            object? item = collection switch
            {
                "offices" => offices.Result[index],
                "subjects" => subjects.Result[index],
                "requests" => requests.Result[index],
                "offers" => offers.Result[index],
                "initiatives" => initiatives.Result[index],
                _ => null,
            };
            return item is not null && origin.TryGetValue(item, out var change)
                ? $"changes[{change}]{(field is null ? "" : "." + field)}"
                : Places.JsonPath(collection, index, field);
        }

        var edited = dataset with { Offices = offices.Result, Subjects = subjects.Result, Requests = requests.Result, Offers = offers.Result, Initiatives = initiatives.Result };
        edited.EditedFrom = new(dataset);
        if (issues.Count == 0 && EdgeEditCheck.KeepsValid(dataset, edited, changes))
        {
            edited.KnownValid = true;
            return new LoadResult(edited, ValidationReport.Clean, []);
        }

        return Validated(edited, issues, PlaceOf);
    }

    /// <summary>The dataset after importing <paramref name="incoming"/> in <paramref name="mode"/>, validated.</summary>
    public static LoadResult Import(Dataset current, Dataset incoming, ImportMode mode)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(incoming);
        if (mode == ImportMode.Replace)
        {
            return Validated(incoming, [], null);
        }

        var merged = current with
        {
            Offices = MergeByKey(current.Offices, incoming.Offices, o => o.Code),
            Areas = MergeByKey(current.Areas, incoming.Areas, a => a.Id),
            Subjects = MergeByKey(current.Subjects, incoming.Subjects, s => s.Id),
            Requests = MergeByKey(current.Requests, incoming.Requests, r => (r.Office, r.Subject)),
            Offers = MergeByKey(current.Offers, incoming.Offers, o => (o.Office, o.Subject)),
            Networks = MergeByKey(current.Networks, incoming.Networks, n => n.Id),
            Initiatives = MergeByKey(current.Initiatives, incoming.Initiatives, i => i.Id),

            // The requests and offers above are the latest round's; the earlier rounds are the incoming file's when
            // it has rounds (a round is one piece of history, not merged row by row), else the current ones.
            FormatVersion = incoming.Rounds is null ? current.FormatVersion : incoming.FormatVersion,
            Rounds = incoming.Rounds ?? current.Rounds,
        };
        return Validated(merged, [], null);
    }

    private static LoadResult Validated(Dataset dataset, List<ValidationIssue> issues, PlaceOf? placeOf)
    {
        var report = new ValidationReport(issues).Concat(DatasetValidator.Validate(dataset, placeOf));
        return new LoadResult(report.IsValid ? dataset : null, report, []);
    }

    private static void Upsert<T>(List<T> items, T item, Func<T, string> key)
    {
        var index = items.FindIndex(x => key(x) == key(item));
        if (index >= 0)
        {
            items[index] = item;
        }
        else
        {
            items.Add(item);
        }
    }

    // Incoming items replace current ones with the same key, in place; new ones are appended in incoming order.
    private static List<T> MergeByKey<T, TKey>(IReadOnlyList<T> current, IReadOnlyList<T> incoming, Func<T, TKey> key)
        where TKey : notnull
    {
        var byKey = incoming.ToDictionary(key);
        var result = current.Select(c => byKey.Remove(key(c), out var replacement) ? replacement : c).ToList();
        result.AddRange(incoming.Where(i => byKey.ContainsKey(key(i))));
        return result;
    }

    // A list copied the first time a change edits it.
    private sealed class Edited<T>(IReadOnlyList<T> original)
    {
        private List<T>? _copy;

        public List<T> List => _copy ??= [.. original];

        public IReadOnlyList<T> Result => _copy ?? original;
    }
}
