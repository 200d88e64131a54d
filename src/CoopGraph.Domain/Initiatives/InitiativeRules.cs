using System.Text.RegularExpressions;
using CoopGraph.Domain.Validation;

namespace CoopGraph.Domain.Initiatives;

/// <summary>
/// What makes an initiative valid: a known subject; offices that really request it and really offer it; a history
/// that starts PROPOSED, follows <see cref="InitiativeLifecycle"/> and never goes back in time.
/// </summary>
internal static partial class InitiativeRules
{
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    public static void Check(Dataset dataset, HashSet<string> offices, HashSet<string> subjects, PlaceOf place, Action<string, string> error)
    {
        if (dataset.Initiatives.Count == 0)
        {
            return;
        }

        var requests = dataset.Requests.Select(r => (r.Office, r.Subject)).ToHashSet();
        var offers = dataset.Offers.Select(o => (o.Office, o.Subject)).ToHashSet();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < dataset.Initiatives.Count; i++)
        {
            var x = dataset.Initiatives[i];
            if (x.Id is null || !IdPattern().IsMatch(x.Id))
            {
                error(place("initiatives", i, "id"), $"initiative id '{x.Id}' must be lower-case letters, digits and dashes");
            }
            else if (!seen.TryAdd(x.Id, i))
            {
                error(place("initiatives", i, "id"), $"duplicate id '{x.Id}' (first at {place("initiatives", seen[x.Id], "id")})");
            }

            if (string.IsNullOrWhiteSpace(x.Title))
            {
                error(place("initiatives", i, "title"), "title is empty: say in a line what the initiative does");
            }

            var subjectKnown = subjects.Contains(x.Subject ?? "");
            if (!subjectKnown)
            {
                error(place("initiatives", i, "subject"), $"unknown subject '{x.Subject}'");
            }

            // Offices are checked against the round the initiative was proposed in (the latest when none is named):
            // a request withdrawn later does not make its initiative invalid.
            var round = x.Round is null ? null : dataset.Rounds?.FirstOrDefault(r => r.Id == x.Round);
            if (x.Round is not null && round is null)
            {
                error(place("initiatives", i, "round"), dataset.Rounds is { Count: > 0 } rounds
                    ? $"unknown round '{x.Round}' (rounds: {string.Join(", ", rounds.Select(r => r.Id))})"
                    : $"unknown round '{x.Round}': this dataset has no rounds");
            }

            var (roundRequests, roundOffers) = round is null || round == dataset.Rounds![^1]
                ? (requests, offers)
                : ((round.Requests ?? []).Select(r => (r.Office, r.Subject)).ToHashSet(), (round.Offers ?? []).Select(o => (o.Office, o.Subject)).ToHashSet());
            CheckOffices(x.RequestOffices, "requestOffices", "request", roundRequests);
            CheckOffices(x.OfferOffices, "offerOffices", "offer", roundOffers);

            CheckSteps(x, i);

            void CheckOffices(IReadOnlyList<string> codes, string field, string verb, HashSet<(string, string)> links)
            {
                if (codes.Count == 0)
                {
                    error(place("initiatives", i, field), $"no office: an initiative names at least one office whose {verb} it involves");
                }

                var distinct = new HashSet<string>(StringComparer.Ordinal);
                for (var c = 0; c < codes.Count; c++)
                {
                    var where = $"{place("initiatives", i, field)}[{c}]";
                    if (!distinct.Add(codes[c]))
                    {
                        error(where, $"office '{codes[c]}' is named twice");
                    }
                    else if (!offices.Contains(codes[c]))
                    {
                        error(where, $"unknown office '{codes[c]}'");
                    }
                    else if (subjectKnown && !links.Contains((codes[c], x.Subject!)))
                    {
                        error(where, $"unknown {verb}: office '{codes[c]}' does not {verb} subject '{x.Subject}'");
                    }
                }
            }
        }

        void CheckSteps(Initiative x, int i)
        {
            if (x.Steps.Count == 0)
            {
                error(place("initiatives", i, "steps"), "no steps: an initiative starts with a PROPOSED step");
                return;
            }

            for (var s = 0; s < x.Steps.Count; s++)
            {
                var step = x.Steps[s];
                var where = $"{place("initiatives", i, "steps")}[{s}]";
                if (string.IsNullOrWhiteSpace(step.Actor))
                {
                    error(where + ".actor", "actor is empty: every step names who recorded it");
                }

                if (s == 0)
                {
                    if (step.Status != InitiativeStatus.Proposed)
                    {
                        error(where + ".status", $"the first step must be PROPOSED, not {InitiativeLifecycle.Name(step.Status)}");
                    }

                    continue;
                }

                if (InitiativeLifecycle.Refusal(x.Steps[s - 1].Status, step.Status) is { } refusal)
                {
                    error(where + ".status", refusal);
                }

                if (step.At < x.Steps[s - 1].At)
                {
                    error(where + ".at", $"dated {step.At:O}, before the step before it ({x.Steps[s - 1].At:O})");
                }
            }
        }
    }
}
