using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Generation;
using CoopGraph.Domain.Initiatives;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Domain.Tests.Formats;

/// <summary>A plain dataset written by hand must give exactly the serializer's bytes; any other is left to the serializer.</summary>
public class CanonicalWriterTests
{
    private static readonly string[] Texts =
        ["plain", "", " ", "note \"quoted\" é 😀", "back\\slash", "<b>&amp;</b> +'", "bell\u0007 tab\t", "two\nlines\r", "\u2028", "\uD800 unpaired", "ÁÉÍÓÚ ñ"];

    [Fact]
    public void TryWrite_SmallSample_WritesTheSerializersBytes() => HandWritten(SampleData.Small()).ShouldBe(Serialized(SampleData.Small()));

    [Fact]
    public void TryWrite_LimaWithoutRounds_WritesTheSerializersBytes()
    {
        // The bundled file has rounds (so its own version is the serializer's); its latest round alone is plain.
        var lima = DatasetJson.Load(RepoPaths.Lima).Dataset.ShouldNotBeNull();
        var plain = lima with { FormatVersion = Dataset.CurrentFormatVersion, Rounds = null };

        HandWritten(plain).ShouldBe(Serialized(plain));
        using var writer = new Utf8JsonWriter(Stream.Null);
        CanonicalWriter.TryWrite(writer, lima).ShouldBeFalse();
        lima.Version.ShouldBe(Hash(JsonSerializer.SerializeToUtf8Bytes(lima, DatasetJson.Options)));
    }

    [Fact]
    public void TryWrite_GeneratedMDataset_WritesTheSerializersBytes()
    {
        var m = DatasetGenerator.Generate(new GeneratorOptions(Offices: 200, Subjects: 2_000, Edges: 50_000, Seed: 1));

        HandWritten(m).ShouldBe(Serialized(m));
    }

    [Fact]
    public void Version_RandomDatasets_IsTheHashOfTheSerializersBytes()
    {
        var random = new Random(12);
        var (byHand, declined) = (0, 0);
        for (var trial = 0; trial < 600; trial++)
        {
            var dataset = RandomDataset(random);
            var plain = random.Next(3) != 0;
            if (!plain)
            {
                dataset = NotPlain(random, dataset);
            }

            var expected = Outcome(() => Hash(JsonSerializer.SerializeToUtf8Bytes(dataset, DatasetJson.Options)));
            Outcome(() => dataset.Version).ShouldBe(expected, $"trial {trial}");
            if (plain)
            {
                Outcome(() => HandWritten(dataset)).ShouldBe(Outcome(() => Serialized(dataset)), $"trial {trial}");
                byHand += expected.StartsWith("throws", StringComparison.Ordinal) ? 0 : 1;
            }
            else
            {
                // Declined before a byte is written, so the serializer writes the whole document.
                var buffer = new ArrayBufferWriter<byte>();
                using (var writer = new Utf8JsonWriter(buffer))
                {
                    CanonicalWriter.TryWrite(writer, dataset).ShouldBeFalse($"trial {trial}");
                }

                buffer.WrittenCount.ShouldBe(0);
                declined++;
            }
        }

        byHand.ShouldBeGreaterThan(150, $"declined {declined}");
        declined.ShouldBeGreaterThan(150);
    }

    private static Dataset RandomDataset(Random random)
    {
        string Text() => Texts[random.Next(Texts.Length)];
        string? Maybe() => random.Next(3) == 0 ? null : Text();
        bool Flip() => random.Next(2) == 0;
        T[] Some<T>(Func<T> item) => [.. Enumerable.Range(0, random.Next(4)).Select(_ => item())];
        Confidence Level() => (Confidence)random.Next(3);

        return new Dataset(
            random.Next(3),
            Text(),
            Maybe(),
            Some(() => new Office(Text(), Text(), Some(Text), Maybe(), Flip())),
            Some(() => new Area(Text(), Text())),
            Some(() => new Subject(Text(), Text(), Text(), Maybe(), Flip())),
            Some(() => new Request(Text(), Text(), Text(), Level(), Maybe())),
            Some(() => new Offer(Text(), Text(), Maybe(), Text(), Level(), Maybe())),
            Some(() => new Network(Text(), Text(), Maybe(), Some(Text))));
    }

    // One way out of the plain shape: rounds, initiatives, an undefined confidence, or a null the records do not allow.
    private static Dataset NotPlain(Random random, Dataset d) => random.Next(17) switch
    {
        0 => d with { FormatVersion = Dataset.RoundsFormatVersion, Rounds = [new Round("first", "First", "2022-04", RoundKind.Survey, d.Requests, d.Offers), new Round("second", "Second", null, null)] },
        1 => d with { Rounds = [] },
        2 => d with { Initiatives = [new Initiative("i", "Title \"q\"", "s", ["ARG"], [], null, [new InitiativeStep(InitiativeStatus.Proposed, DateTimeOffset.UnixEpoch, "me", null)])] },
        3 => d with { Initiatives = null! },
        4 => d with { Requests = [.. d.Requests, new Request("ARG", "s", "x#1", (Confidence)7, null)] },
        5 => d with { Offers = [new Offer("ARG", "s", null, "x#1", (Confidence)(-1), null), .. d.Offers] },
        6 => d with { Name = null! },
        7 => d with { Offices = null!, Networks = null! },
        8 => d with { Offices = [.. d.Offices, null!] },
        9 => d with { Offices = [new Office("ARG", "Argentina", ["a", null!], null, true)] },
        10 => d with { Offices = [new Office(null!, "Argentina", null!, null, true)] },
        11 => d with { Areas = [new Area("a", null!)] },
        12 => d with { Subjects = [.. d.Subjects, new Subject("s", null!, "n", null, false)] },
        13 => d with { Requests = [new Request("ARG", "s", null!, Confidence.Low, null)] },
        14 => d with { Offers = [.. d.Offers, new Offer(null!, "s", "w", "x#1", Confidence.High, null)] },
        15 => d with { Networks = [new Network("n", "N", null, [null!])] },
        _ => d with { Networks = [.. d.Networks, new Network("n", "N", "d", null!)] },
    };

    private static string HandWritten(Dataset dataset)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = DatasetJson.Options.WriteIndented, Encoder = DatasetJson.Options.Encoder }))
        {
            CanonicalWriter.TryWrite(writer, dataset).ShouldBeTrue();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // What the version hashed before the hand writer: the serializer's bytes with the canonical options.
    private static string Serialized(Dataset dataset) => Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(dataset, DatasetJson.Options));

    private static string Outcome(Func<string> value)
    {
        try
        {
            return value();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or JsonException)
        {
            return "throws " + ex.GetType().Name;
        }
    }

    private static string Hash(byte[] canonical) => Convert.ToHexStringLower(SHA256.HashData(canonical))[..16];
}
