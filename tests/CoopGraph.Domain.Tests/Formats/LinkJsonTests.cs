using System.Security.Cryptography;
using System.Text;
using CoopGraph.Domain.Formats;

namespace CoopGraph.Domain.Tests.Formats;

/// <summary>A document read by hand (its links, or the whole plain shape) must give exactly what the serializer's metadata gives.</summary>
public class LinkJsonTests
{
    // Every field of the plain shape, as the document names it.
    private static readonly string[] Fields =
    [
        "\"office\"", "\"subject\"", "\"source\"", "\"confidence\"", "\"note\"", "\"wording\"", "\"formatVersion\"", "\"name\"", "\"code\"",
        "\"aliases\"", "\"institution\"", "\"attended\"", "\"id\"", "\"area\"", "\"request\"", "\"crossCutting\"", "\"description\"",
        "\"members\"", "\"offices\"", "\"areas\"", "\"subjects\"", "\"networks\"",
    ];

    // Values of every kind the plain shape holds, right and wrong for each field.
    private static readonly string[] Literals =
        ["true", "false", "tru", "falsey", "1", "2", "0", "01", "1.0", "-1", "1e0", "2147483648", "[]", "[null]", "[\"x\", \"y\"]", "[\"x\",]", "\"\"", "nul"];

    private static readonly string[] Texts =
        ["plain", "", " ", "note \"quoted\" é 😀", "back\\slash", "<b>&amp;</b> +'", "bell\u0007", "two\nlines", "\u2028", "\uD800 unpaired"];

    [Fact]
    public void Read_RandomlyAlteredDocuments_GiveTheSerializersAnswer()
    {
        var random = new Random(10);
        var small = SampleData.Small();
        string[] texts =
        [
            DatasetJson.Serialize(small),
            DatasetJson.Serialize(small with { Requests = [.. small.Requests.Select(r => r with { Note = r.Note is null ? null : "é plain ü" })] }),
            DatasetJson.Serialize(small with { Source = null, Networks = [], Offices = [.. small.Offices.Select(o => o with { Aliases = [] })] }),
        ];
        var (whole, scanned, byHand, refused) = (0, 0, 0, 0);
        for (var trial = 0; trial < 3000; trial++)
        {
            var bytes = Alter(random, texts[trial % texts.Length]);

            var exact = DatasetReader.ReadExactly(bytes);
            var ways = new[]
            {
                (DatasetReader.ReadScanned(bytes), "scanned"),
                (DatasetReader.ReadScanned(bytes, sections: false), "links scanned"),
                (DatasetReader.ReadByHand(bytes), "by hand"),
            };
            foreach (var (read, way) in ways)
            {
                if (read is null)
                {
                    continue;
                }

                read.ShouldBe(exact, $"trial {trial}, {way}: {Encoding.UTF8.GetString(bytes)}");
                read.Dataset?.Requests.ShouldBe(exact.Dataset!.Requests);
                read.Dataset?.Offers.ShouldBe(exact.Dataset!.Offers);
                (scanned, byHand) = way == "by hand" ? (scanned, byHand + 1) : (scanned + 1, byHand);
            }

            DatasetReader.Read(bytes).ShouldBe(exact);
            whole += DocumentScanner.TryRead(bytes)?.Whole is null ? 0 : 1;
            refused += exact.Dataset is null ? 1 : 0;
        }

        // Every way is exercised: whole documents read by hand, documents whose links the scanner reads, those the hand
        // reader reads, and those the serializer refuses.
        var counts = $"whole {whole}, scanned {scanned}, by hand {byHand}, refused {refused}";
        whole.ShouldBeGreaterThan(300, counts);
        scanned.ShouldBeGreaterThan(600, counts);
        byHand.ShouldBeGreaterThan(600, counts);
        refused.ShouldBeGreaterThan(600, counts);
    }

    [Fact]
    public void Read_EveryFieldWithEveryKindOfValue_GivesTheSerializersAnswer()
    {
        var text = DatasetJson.Serialize(SampleData.Small());
        var (read, refused) = (0, 0);
        foreach (var field in Fields)
        {
            var f = text.IndexOf(field + ": ", StringComparison.Ordinal);
            var valueStart = f + field.Length + 2;
            var valueEnd = text.IndexOfAny([',', '\n'], valueStart);
            foreach (var value in Literals.Concat(["null", "\"text\"", "\"t\\u00e9xt\"", "{}", "[\"a\", null]"]))
            {
                var bytes = Encoding.UTF8.GetBytes(text[..valueStart] + value + text[valueEnd..]);
                var exact = DatasetReader.ReadExactly(bytes);
                foreach (var sections in new[] { true, false })
                {
                    if (DatasetReader.ReadScanned(bytes, sections) is { } scanned)
                    {
                        scanned.ShouldBe(exact, $"{field}: {value}, sections {sections}");
                        read++;
                    }
                }

                refused += exact.Dataset is null ? 1 : 0;
            }
        }

        read.ShouldBeGreaterThan(50);
        refused.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Version_RandomLinks_IsTheHashOfTheSerializersBytes()
    {
        var random = new Random(11);
        var small = SampleData.Small();
        var hashed = 0;
        for (var trial = 0; trial < 300; trial++)
        {
            string Code() => Texts[random.Next(Texts.Length)];
            string? Maybe() => random.Next(3) == 0 ? null : Code();
            Confidence Level() => random.Next(20) == 0 ? (Confidence)7 : (Confidence)random.Next(3);
            Request[] Requests() => [.. Enumerable.Range(0, random.Next(4)).Select(_ => new Request(Code(), Code(), Code(), Level(), Maybe()))];
            Offer[] Offers() => [.. Enumerable.Range(0, random.Next(4)).Select(_ => new Offer(Code(), Code(), Maybe(), Code(), Level(), Maybe()))];
            var dataset = small with { Requests = Requests(), Offers = Offers() };
            if (random.Next(3) == 0)
            {
                // Links of an earlier round sit deeper in the document.
                dataset = dataset with
                {
                    FormatVersion = Dataset.RoundsFormatVersion,
                    Rounds = [new Round("first", "First", "2022-04", RoundKind.Survey, Requests(), Offers()), new Round("second", "Second", "2022-10", RoundKind.Meeting)],
                };
            }

            var version = Outcome(() => dataset.Version);
            version.ShouldBe(Outcome(() => Hash(DatasetJson.ToUtf8Bytes(dataset))), $"trial {trial}");
            hashed += version.StartsWith("throws", StringComparison.Ordinal) ? 0 : 1;
        }

        hashed.ShouldBeGreaterThan(100);
    }

    private static string Outcome(Func<string> version)
    {
        try
        {
            return version();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.Text.Json.JsonException)
        {
            return "throws " + ex.GetType().Name;
        }
    }

    private static string Hash(byte[] canonical) => Convert.ToHexStringLower(SHA256.HashData(canonical))[..16];

    // A document with one change at a field of a request, an offer or any other part of the plain shape: each way a
    // value can differ from what the scanners take, and plain damage (a byte dropped, doubled or replaced) anywhere.
    private static byte[] Alter(Random random, string text)
    {
        var field = Fields[random.Next(Fields.Length)];
        var places = Occurrences(text, field + ": ").ToList();
        if (places.Count == 0)
        {
            field = "\"office\"";
            places = [.. Occurrences(text, field + ": ")];
        }

        var f = places[random.Next(places.Count)];
        var end = text.IndexOf('}', f);
        var valueStart = f + field.Length + 2;
        var valueEnd = text.IndexOfAny([',', '\n'], valueStart);
        string Replace(int start, int stop, string with) => text[..start] + with + text[stop..];
        var altered = random.Next(26) switch
        {
            0 => Replace(valueStart, valueEnd, "null"),
            1 => Replace(valueStart, valueEnd, "12"),
            2 => Replace(valueStart, valueEnd, "{}"),
            3 => Replace(valueStart, valueEnd, "[\"a\"]"),
            4 => Replace(valueStart, valueEnd, "\"HIGH\""),
            5 => Replace(valueStart, valueEnd, "\"l\\u006fw\""),
            6 => Replace(valueStart, valueEnd, "\"esc\\\"aped\\n\""),
            7 => Replace(f, f, field + ": \"twice\", "),
            8 => Replace(f, f, "\"extra\": 1, "),
            9 => Replace(f, valueEnd + 1, ""),
            10 => Replace(f, f + field.Length, field.ToUpperInvariant()),
            11 => Replace(f, f + 2, "\"\\u00" + Convert.ToHexString([(byte)field[1]]).ToLowerInvariant()),
            12 => Replace(valueEnd, valueEnd, " /* c */"),
            13 => Replace(end, end, ",\n"),
            14 => Replace(valueStart, valueEnd, "\"ü \u00e9 ß\""),
            15 => Replace(valueStart, valueEnd, "\"bad\uFFFFutf8\""),
            16 => text,
            17 => Replace(valueStart - 1, valueStart, ""),
            18 => Replace(valueEnd, valueEnd, " \r\n\t"),
            19 => Replace(valueStart, valueEnd, "\"plain text\""),
            20 => Replace(valueStart, valueEnd, random.Next(4) switch
            {
                0 => "\"pair \\uD83D\\uDE00 \\u00e9\\t\\/\"",
                1 => "\"lone \\uD83D x\"",
                2 => "\"low \\uDE00\"",
                _ => "\"bad \\x escape \\u12G4\"",
            }),
            21 => Replace(valueStart, valueEnd, Literals[random.Next(Literals.Length)]),
            _ => Damage(random, text),
        };

        // U+FFFF stands for a byte that is no UTF-8 at all.
        var bytes = Encoding.UTF8.GetBytes(altered).ToList();
        for (var i = bytes.IndexOf(0xEF); i >= 0 && i + 2 < bytes.Count && bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBF; i = bytes.IndexOf(0xEF, i + 1))
        {
            bytes.RemoveRange(i, 3);
            bytes.Insert(i, 0xFF);
        }

        return [.. bytes];
    }

    private static string Damage(Random random, string text)
    {
        var i = random.Next(text.Length);
        return random.Next(3) switch
        {
            0 => text.Remove(i, 1),
            1 => text.Insert(i, text[i].ToString()),
            _ => text.Remove(i, 1).Insert(i, "\"{}[],:0 \\"[random.Next(10)].ToString()),
        };
    }

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
