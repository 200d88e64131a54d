using System.Security.Cryptography;
using System.Text;
using CoopGraph.Domain.Formats;

namespace CoopGraph.Domain.Tests.Formats;

/// <summary>Requests and offers read and written by hand must give exactly what the serializer's metadata gives.</summary>
public class LinkJsonTests
{
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
        ];
        var (scanned, byHand, refused) = (0, 0, 0);
        for (var trial = 0; trial < 3000; trial++)
        {
            var bytes = Alter(random, texts[trial % texts.Length]);

            var exact = DatasetReader.ReadExactly(bytes);
            foreach (var (read, way) in new[] { (DatasetReader.ReadScanned(bytes), "scanned"), (DatasetReader.ReadByHand(bytes), "by hand") })
            {
                if (read is null)
                {
                    continue;
                }

                read.ShouldBe(exact, $"trial {trial}, {way}: {Encoding.UTF8.GetString(bytes)}");
                read.Dataset?.Requests.ShouldBe(exact.Dataset!.Requests);
                read.Dataset?.Offers.ShouldBe(exact.Dataset!.Offers);
                (scanned, byHand) = way == "scanned" ? (scanned + 1, byHand) : (scanned, byHand + 1);
            }

            DatasetReader.Read(bytes).ShouldBe(exact);
            refused += exact.Dataset is null ? 1 : 0;
        }

        // Every way is exercised: documents the scanner reads, those the hand reader reads, and those the serializer refuses.
        var counts = $"scanned {scanned}, by hand {byHand}, refused {refused}";
        scanned.ShouldBeGreaterThan(300, counts);
        byHand.ShouldBeGreaterThan(600, counts);
        refused.ShouldBeGreaterThan(600, counts);
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

    // A document with one change near a request or an offer: each way a link can differ from what the hand reader
    // takes, and plain damage (a byte dropped, doubled or replaced) anywhere.
    private static byte[] Alter(Random random, string text)
    {
        var links = Occurrences(text, "\"office\": ").Where(i => i > text.IndexOf("\"requests\"", StringComparison.Ordinal)).ToList();
        var at = links[random.Next(links.Count)];
        var fields = new[] { "\"office\"", "\"subject\"", "\"source\"", "\"confidence\"", "\"note\"", "\"wording\"" };
        var field = fields[random.Next(fields.Length)];
        var f = text.IndexOf(field, at, StringComparison.Ordinal);
        var end = text.IndexOf('}', at);
        if (f < 0 || f > end)
        {
            f = at;
            field = "\"office\"";
        }

        var valueStart = f + field.Length + 2;
        var valueEnd = text.IndexOfAny([',', '\n'], valueStart);
        string Replace(int start, int stop, string with) => text[..start] + with + text[stop..];
        var altered = random.Next(24) switch
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
