using CoopGraph.Domain.Validation;

namespace CoopGraph.Domain.Formats;

/// <summary>Turns CSV records into requests and offers against a base dataset, remembering where each came from.</summary>
internal sealed class CsvRows(Dataset baseDataset, string origin, bool allowNew, Dictionary<string, int> header)
{
    private readonly OfficeLookup _lookup = new(baseDataset.Offices);
    private readonly List<Office> _offices = [.. baseDataset.Offices];
    private readonly List<Area> _areas = [.. baseDataset.Areas];
    private readonly List<Subject> _subjects = [.. baseDataset.Subjects];

    // Looked up once per row: a million rows against fifty thousand subjects must not scan the list.
    private readonly Dictionary<string, Subject> _subjectById = baseDataset.Subjects.DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal);
    private readonly HashSet<string> _areaIds = baseDataset.Areas.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
    // Per round (index into the base's rounds), the rows read and where each came from.
    private readonly IReadOnlyList<Round> _rounds = baseDataset.AllRounds;
    private readonly List<Request>[] _requests = [.. baseDataset.AllRounds.Select(_ => new List<Request>())];
    private readonly List<Offer>[] _offers = [.. baseDataset.AllRounds.Select(_ => new List<Offer>())];
    private readonly List<IReadOnlyList<CsvField>>[] _requestRows = [.. baseDataset.AllRounds.Select(_ => new List<IReadOnlyList<CsvField>>())];
    private readonly List<IReadOnlyList<CsvField>>[] _offerRows = [.. baseDataset.AllRounds.Select(_ => new List<IReadOnlyList<CsvField>>())];
    private readonly List<ValidationIssue> _issues = [];
    private readonly List<string> _notices = [];

    // Where each item the rows created came from, by collection and index, so findings about it name the CSV line.
    private readonly Dictionary<(string Collection, int Index), CsvField> _createdAt = [];

    /// <summary>Reads one data record; problems are collected, the record is skipped.</summary>
    public void Add(IReadOnlyList<CsvField> record)
    {
        var line = record[0].Line;
        if (record.Count != header.Count)
        {
            Error($"{origin}:{line}:1", $"expected {header.Count} fields as in the header, found {record.Count}");
            return;
        }

        var errorsBefore = _issues.Count;
        var office = ResolveOffice(record[header["office"]]);
        var areaField = Field(record, "area");
        var subject = ResolveSubject(record[header["subject"]], areaField);
        var roleField = record[header["role"]];
        var role = roleField.Text.Trim().ToLowerInvariant();
        if (role is not ("request" or "offer"))
        {
            Error(Place(roleField), $"role must be 'request' or 'offer', not '{roleField.Text}'");
        }

        var confidence = ParseConfidence(Field(record, "confidence"));
        var source = Text(Field(record, "source")) ?? $"{Path.GetFileName(origin)}:{line}";
        var note = Text(Field(record, "note"));
        var round = ResolveRound(Field(record, "round"));
        if (_issues.Count > errorsBefore || office is null || subject is null)
        {
            return;
        }

        if (role == "request")
        {
            _requests[round].Add(new Request(office, subject, source, confidence, note));
            _requestRows[round].Add(record);
        }
        else
        {
            _offers[round].Add(new Offer(office, subject, Text(Field(record, "wording")), source, confidence, note));
            _offerRows[round].Add(record);
        }
    }

    /// <summary>The dataset the rows describe, validated with CSV places, or every problem found.</summary>
    public LoadResult Finish()
    {
        var dataset = baseDataset with
        {
            Offices = _offices,
            Areas = _areas,
            Subjects = _subjects,
            Requests = _requests[^1],
            Offers = _offers[^1],
            // Without a round column the rows are the latest round's and the earlier rounds stay as the base has them.
            Rounds = baseDataset.Rounds is null || !header.ContainsKey("round") ? baseDataset.Rounds :
                [.. _rounds.Select((r, i) => i == _rounds.Count - 1 ? r : r with { Requests = _requests[i], Offers = _offers[i] })],
        };

        // The base's citations explained the base's differences: those the rows no longer have are dropped.
        dataset = RoundRules.DropIdleCitations(dataset);
        var report = new ValidationReport(_issues).Concat(DatasetValidator.Validate(dataset, PlaceOf));
        return new LoadResult(report.IsValid ? dataset : null, report, _notices);
    }

    private string PlaceOf(string collection, int index, string? field)
    {
        var rows = collection switch
        {
            "requests" => _requestRows[^1],
            "offers" => _offerRows[^1],
            _ when RoundCollection(collection) is ({ } r, { } kind) => kind == "requests" ? _requestRows[r] : _offerRows[r],
            _ => null,
        };
        // An earlier round kept from the base (no round column) has no rows of its own.
        if (rows is null || index >= rows.Count)
        {
            return _createdAt.TryGetValue((collection, index), out var created)
                ? Place(created)
                : "base " + Places.JsonPath(collection, index, field);
        }

        var record = rows[index];
        var column = field is not null && header.TryGetValue(field, out var c) ? record[c] : record[0];
        return $"{origin}:{column.Line}:{column.Column}";
    }

    // "rounds[2].requests" -> (2, "requests"), as the validator names an earlier round's edges.
    private static (int?, string?) RoundCollection(string collection)
    {
        if (!collection.StartsWith("rounds[", StringComparison.Ordinal) || collection.IndexOf("].", StringComparison.Ordinal) is not (> 7 and var close))
        {
            return (null, null);
        }

        return int.TryParse(collection.AsSpan(7, close - 7), out var index) ? (index, collection[(close + 2)..]) : (null, null);
    }

    // Index of the row's round in the base's rounds; no column or an empty cell means the latest.
    private int ResolveRound(CsvField? field)
    {
        if (Text(field) is not { } id)
        {
            return _rounds.Count - 1;
        }

        for (var i = 0; i < _rounds.Count; i++)
        {
            if (_rounds[i].Id == id)
            {
                return i;
            }
        }

        Error(Place(field!.Value), $"unknown round '{id}' (the base dataset's rounds: {string.Join(", ", _rounds.Select(r => r.Id))})");
        return _rounds.Count - 1;
    }

    private string? ResolveOffice(CsvField field)
    {
        var text = field.Text.Trim();
        if (text.Length == 0)
        {
            Error(Place(field), "office is empty");
            return null;
        }

        if (_lookup.Resolve(text) is { } code)
        {
            return code;
        }

        if (!allowNew)
        {
            Error(Place(field), $"unknown office '{text}' (give a code, name or alias the base dataset knows, or allow new offices: --allow-new, allowNew in GraphQL)");
            return null;
        }

        code = OfficeLookup.Normalize(text);
        _createdAt[("offices", _offices.Count)] = field;
        _offices.Add(new Office(code, code, [], null, false));
        _lookup.Add(code);
        _notices.Add($"{Place(field)}: created office '{code}'");
        return code;
    }

    private string? ResolveSubject(CsvField field, CsvField? areaField)
    {
        var id = field.Text.Trim();
        var area = Text(areaField);
        if (id.Length == 0)
        {
            Error(Place(field), "subject is empty");
            return null;
        }

        if (_subjectById.GetValueOrDefault(id) is { } known)
        {
            if (area is not null && area != known.Area)
            {
                Error(Place(areaField!.Value), $"subject '{id}' is in area '{known.Area}', not '{area}'");
            }

            return id;
        }

        if (!allowNew)
        {
            Error(Place(field), $"unknown subject '{id}' (use a subject id of the base dataset, or allow new subjects: --allow-new, allowNew in GraphQL)");
            return null;
        }

        if (area is null)
        {
            Error(Place(field), $"new subject '{id}' needs an area column value");
            return null;
        }

        if (_areaIds.Add(area))
        {
            _createdAt[("areas", _areas.Count)] = areaField!.Value;
            _areas.Add(new Area(area, area));
            _notices.Add($"{Place(areaField!.Value)}: created area '{area}'");
        }

        _createdAt[("subjects", _subjects.Count)] = field;
        var subject = new Subject(id, area, id, null, false);
        _subjects.Add(subject);
        _subjectById.Add(id, subject);
        _notices.Add($"{Place(field)}: created subject '{id}' in area '{area}'");
        return id;
    }

    private Confidence ParseConfidence(CsvField? field)
    {
        var text = Text(field);
        if (text is null)
        {
            return Confidence.Medium;
        }

        if (Enum.TryParse<Confidence>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _))
        {
            return value;
        }

        Error(Place(field!.Value), $"confidence must be high, medium or low, not '{text}'");
        return Confidence.Medium;
    }

    private CsvField? Field(IReadOnlyList<CsvField> record, string column) =>
        header.TryGetValue(column, out var i) ? record[i] : null;

    private static string? Text(CsvField? field) =>
        field is { } f && !string.IsNullOrWhiteSpace(f.Text) ? f.Text.Trim() : null;

    private string Place(CsvField field) => $"{origin}:{field.Line}:{field.Column}";

    private void Error(string place, string message) => _issues.Add(new(Severity.Error, place, message));
}
