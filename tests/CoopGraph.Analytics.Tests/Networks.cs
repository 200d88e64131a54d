using CoopGraph.Domain;

namespace CoopGraph.Analytics.Tests;

/// <summary>Small hand-written networks: subjects are named by mention, their area is "area-" + first letter.</summary>
internal static class Networks
{
    /// <summary>Builds a dataset from "ARG:a1 BRA:a2" lists; subjects in <paramref name="crossCutting"/> are cross-cutting.</summary>
    public static Dataset Make(string offices, string requests, string offers, string crossCutting = "")
    {
        var req = Pairs(requests);
        var off = Pairs(offers);
        var cross = crossCutting.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var subjects = req.Concat(off).Select(p => p.Subject).Concat(cross).Distinct().Order(StringComparer.Ordinal).ToList();
        return new Dataset(
            1, "test", null,
            [.. offices.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => new Office(c, "Office " + c, [], null, true))],
            [.. subjects.Select(s => "area-" + s[0]).Distinct().Select(a => new Area(a, a))],
            [.. subjects.Select(s => new Subject(s, "area-" + s[0], s, null, cross.Contains(s)))],
            [.. req.Select((p, i) => new Request(p.Office, p.Subject, $"req#{i}", Confidence.High, null))],
            [.. off.Select((p, i) => new Offer(p.Office, p.Subject, $"can teach {p.Subject}", $"off#{i}", Confidence.Medium, null))],
            []);
    }

    /// <summary>
    /// ARG, BRA, CHL, DOM linked; ECU alone. a1: ARG, BRA request, BRA offers. a2: CHL requests, ARG and BRA offer.
    /// b1: DOM requests, CHL offers. b2: ARG requests, nobody offers. b3: ARG offers, nobody requests. x: cross-cutting.
    /// Support edges: ARG→CHL {a2}, BRA→ARG {a1}, BRA→CHL {a2}, CHL→DOM {b1}.
    /// </summary>
    public static Dataset Sample() => Make(
        "ARG BRA CHL DOM ECU",
        "ARG:a1 BRA:a1 CHL:a2 DOM:b1 ARG:b2 ARG:x BRA:x CHL:x DOM:x ECU:x",
        "BRA:a1 ARG:a2 BRA:a2 CHL:b1 ARG:b3",
        crossCutting: "x");

    private static List<(string Office, string Subject)> Pairs(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':')).Select(p => (p[0], p[1]))];
}
