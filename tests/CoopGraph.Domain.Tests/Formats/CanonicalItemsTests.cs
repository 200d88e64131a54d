using System.Security.Cryptography;
using CoopGraph.Domain.Changes;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Domain.Tests.Formats;

/// <summary>The version of an edited dataset, computed from the kept bytes of the items it shares, is the canonical hash.</summary>
public class CanonicalItemsTests
{
    [Fact]
    public void Version_ChainOfEdits_IsTheHashOfTheCanonicalBytes()
    {
        // Lima has an earlier round, whose requests and offers are written deeper than the dataset's own.
        var current = DatasetJson.Load(RepoPaths.Lima).Dataset.ShouldNotBeNull();
        var random = new Random(3);
        var reused = 0;
        for (var step = 0; step < 40; step++)
        {
            var offer = current.Offers[random.Next(current.Offers.Count)];
            var request = current.Requests[random.Next(current.Requests.Count)];
            var subject = current.Subjects[random.Next(current.Subjects.Count)];
            Change[] batch = random.Next(5) switch
            {
                0 => [new RemoveOffer(offer.Office, offer.Subject)],
                1 => [new RemoveRequest(request.Office, request.Subject), new AddRequest(request with { Note = $"step {step}: \"moved\" — é 😀 <&>\n" })],
                2 => [new UpsertSubject(subject with { Name = $"{subject.Name} ({step})" })],
                3 => [new RemoveOffer(offer.Office, offer.Subject), new AddOffer(offer with { Wording = "tab\there", Note = "\\ back\u00A0slash" })],
                _ => [new RemoveRequest(request.Office, request.Subject)],
            };
            var next = DatasetEditor.Apply(current, batch).Dataset;
            if (next is null)
            {
                continue; // e.g. the removed request backed nothing, but the batch was refused: not this test's subject
            }

            next.Version.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(DatasetJson.ToUtf8Bytes(next)))[..16], $"step {step}");
            next.Canonical.ShouldNotBeNull();
            reused += step > 0 ? 1 : 0;
            current = next;
        }

        reused.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Version_EditOfADatasetWhoseVersionWasNeverAsked_IsTheHashOfTheCanonicalBytes()
    {
        var sample = SampleData.Small();
        var edited = DatasetEditor.Apply(sample, [new AddOffer(new Offer("MEX", "gender", "line\nbreak", "api", Confidence.High, null))]).Dataset.ShouldNotBeNull();
        var again = DatasetEditor.Apply(edited, [new RemoveRequest("ARG", "green-patents")]).Dataset.ShouldNotBeNull();

        again.Version.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(DatasetJson.ToUtf8Bytes(again)))[..16]);
        edited.Version.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(DatasetJson.ToUtf8Bytes(edited)))[..16]);
    }
}
