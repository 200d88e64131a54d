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
        var text = DatasetJson.Serialize(SampleData.Small());
        var (byHand, refused) = (0, 0);
        for (var trial = 0; trial < 1500; trial++)
        {
            var bytes = Alter(random, text);

            var exact = DatasetReader.ReadExactly(bytes);
            if (DatasetReader.ReadByHand(bytes) is { } read)
            {
                read.ShouldBe(exact, $"trial {trial}");
                read.Dataset?.Requests.ShouldBe(exact.Dataset!.Requests);
                read.Dataset?.Offers.ShouldBe(exact.Dataset!.Offers);
                byHand++;
            }

            DatasetReader.Read(bytes).ShouldBe(exact);
            refused += exact.Dataset is null ? 1 : 0;
        }

        // Both halves are exercised: documents the hand reader reads, and documents the serializer refuses.
        byHand.ShouldBeGreaterThan(300);
        refused.ShouldBeGreaterThan(300);
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
            var dataset = small with
            {
                Requests = [.. Enumerable.Range(0, random.Next(4)).Select(_ => new Request(Code(), Code(), Code(), Level(), Maybe()))],
                Offers = [.. Enumerable.Range(0, random.Next(4)).Select(_ => new Offer(Code(), Code(), Maybe(), Code(), Level(), Maybe()))],
            };

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
        var altered = random.Next(16) switch
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
            _ => Damage(random, text),
        };
        return Encoding.UTF8.GetBytes(altered);
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
