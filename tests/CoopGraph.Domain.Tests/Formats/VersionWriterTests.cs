using System.Security.Cryptography;
using CoopGraph.Domain.Formats;

namespace CoopGraph.Domain.Tests.Formats;

/// <summary>The version's hand-written canonical bytes must be the serializer's, for every part of a dataset.</summary>
public class VersionWriterTests
{
    private static readonly string[] Texts =
        ["plain", "", " ", "note \"quoted\" é 😀", "back\\slash", "<b>&amp;</b> +'", "bell\u0007", "two\nlines", "\u2028", "\uD800 unpaired"];

    [Fact]
    public void Version_RandomDatasets_IsTheHashOfTheSerializersBytes()
    {
        var random = new Random(12);
        var small = SampleData.Small();
        var hashed = 0;
        for (var trial = 0; trial < 300; trial++)
        {
            string Text() => Texts[random.Next(Texts.Length)];
            string? Maybe() => random.Next(3) == 0 ? null : Text();
            bool Flip() => random.Next(2) == 0;
            IReadOnlyList<T>? List<T>(Func<T> item) => random.Next(12) == 0 ? null : [.. Enumerable.Range(0, random.Next(4)).Select(_ => item())];
            var dataset = small with
            {
                FormatVersion = random.Next(1, 4),
                Name = random.Next(12) == 0 ? null! : Text(),
                Source = Maybe(),
                Offices = List(() => new Office(Text(), Text(), List(Text)!, Maybe(), Flip()))!,
                Areas = List(() => new Area(Text(), random.Next(12) == 0 ? null! : Text()))!,
                Subjects = List(() => new Subject(Text(), Text(), Text(), Maybe(), Flip()))!,
                Requests = List(() => new Request(Text(), Text(), Text(), (Confidence)random.Next(3), Maybe()))!,
                Offers = List(() => new Offer(Text(), Text(), Maybe(), Text(), (Confidence)random.Next(3), Maybe()))!,
                Networks = List(() => new Network(Text(), Text(), Maybe(), List(() => random.Next(12) == 0 ? null! : Text())!))!,
            };
            if (random.Next(6) == 0)
            {
                dataset = dataset with { Initiatives = null! };
            }

            var version = Outcome(() => dataset.Version);
            version.ShouldBe(Outcome(() => Hash(DatasetJson.ToUtf8Bytes(dataset))), $"trial {trial}");
            hashed += version.StartsWith("throws", StringComparison.Ordinal) ? 0 : 1;
        }

        hashed.ShouldBeGreaterThan(200);
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
}
