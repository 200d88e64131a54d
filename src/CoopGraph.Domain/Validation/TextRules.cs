using System.Globalization;

namespace CoopGraph.Domain.Validation;

/// <summary>
/// What a text field may hold. No control characters (U+0000–U+001F, U+007F–U+009F), no unpaired surrogate and no
/// U+FFFE/U+FFFF: XML (GraphML, GEXF) cannot carry them and they hide text from readers. Long text (descriptions,
/// notes, wording, request text, the dataset's source) may hold tab and line breaks; names, aliases and sources may not.
/// </summary>
internal static class TextRules
{
    /// <summary>Reports every text field of <paramref name="dataset"/> that breaks the rule, at its place.</summary>
    public static void Check(Dataset dataset, PlaceOf place, Action<string, string> error)
    {
        void Line(string where, string? text) => Report(where, text, allowBreaks: false, error);
        void Long(string where, string? text) => Report(where, text, allowBreaks: true, error);

        Line("$.name", dataset.Name);
        Long("$.source", dataset.Source);
        for (var i = 0; i < dataset.Offices.Count; i++)
        {
            var o = dataset.Offices[i];
            Line(place("offices", i, "name"), o.Name);
            Line(place("offices", i, "institution"), o.Institution);
            var aliases = o.Aliases ?? [];
            for (var a = 0; a < aliases.Count; a++)
            {
                Line($"{place("offices", i, "aliases")}[{a}]", aliases[a]);
            }
        }

        for (var i = 0; i < dataset.Areas.Count; i++)
        {
            Line(place("areas", i, "name"), dataset.Areas[i].Name);
        }

        for (var i = 0; i < dataset.Subjects.Count; i++)
        {
            Line(place("subjects", i, "name"), dataset.Subjects[i].Name);
            Long(place("subjects", i, "request"), dataset.Subjects[i].Request);
        }

        Edges(dataset.Requests, dataset.Offers, place, error);
        for (var r = 0; r < dataset.Rounds?.Count; r++)
        {
            var round = dataset.Rounds[r];
            Line($"$.rounds[{r}].name", round.Name);
            var prefix = $"rounds[{r}].";
            Edges(round.Requests ?? [], round.Offers ?? [], (c, i, f) => place(prefix + c, i, f), error);
            for (var c = 0; c < round.Citations?.Count; c++)
            {
                Long($"$.rounds[{r}].citations[{c}].quote", round.Citations[c].Quote);
            }
        }

        for (var i = 0; i < dataset.Networks.Count; i++)
        {
            Line(place("networks", i, "name"), dataset.Networks[i].Name);
            Long(place("networks", i, "description"), dataset.Networks[i].Description);
        }

        for (var i = 0; i < dataset.Initiatives.Count; i++)
        {
            var x = dataset.Initiatives[i];
            Line(place("initiatives", i, "title"), x.Title);
            for (var s = 0; s < x.Steps.Count; s++)
            {
                Line($"{place("initiatives", i, "steps")}[{s}].actor", x.Steps[s].Actor);
                Long($"{place("initiatives", i, "steps")}[{s}].note", x.Steps[s].Note);
            }
        }
    }

    // The bulk of a large dataset: the place is named only for a field that breaks the rule.
    private static void Edges(IReadOnlyList<Request> requests, IReadOnlyList<Offer> offers, PlaceOf place, Action<string, string> error)
    {
        void Check(string collection, int index, string field, string? text, bool allowBreaks)
        {
            if (Problem(text, allowBreaks) is { } message)
            {
                error(place(collection, index, field), message);
            }
        }

        for (var i = 0; i < requests.Count; i++)
        {
            Check("requests", i, "source", requests[i].Source, allowBreaks: false);
            Check("requests", i, "note", requests[i].Note, allowBreaks: true);
        }

        for (var i = 0; i < offers.Count; i++)
        {
            Check("offers", i, "wording", offers[i].Wording, allowBreaks: true);
            Check("offers", i, "source", offers[i].Source, allowBreaks: false);
            Check("offers", i, "note", offers[i].Note, allowBreaks: true);
        }
    }

    private static void Report(string where, string? text, bool allowBreaks, Action<string, string> error)
    {
        if (Problem(text, allowBreaks) is { } message)
        {
            error(where, message);
        }
    }

    /// <summary>The message for the first character of <paramref name="text"/> that breaks the rule, or null.</summary>
    internal static string? Problem(string? text, bool allowBreaks)
    {
        if (text is null)
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= ' ' and <= '~')
            {
                // Printable ASCII, most of any text: nothing to ask.
                continue;
            }

            var problem =
                char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? null
                : char.IsSurrogate(c) ? "an unpaired surrogate"
                : c is '\t' or '\n' or '\r' ? (allowBreaks ? null : "a tab or line break (only long text such as notes may have them)")
                : char.IsControl(c) || c is '\uFFFE' or '\uFFFF' ? "a control character"
                : null;
            if (char.IsHighSurrogate(c) && problem is null)
            {
                i++;
            }
            else if (problem is not null)
            {
                return string.Create(CultureInfo.InvariantCulture, $"text has {problem} (U+{(int)c:X4}) at character {i + 1}: remove it");
            }
        }

        return null;
    }
}
