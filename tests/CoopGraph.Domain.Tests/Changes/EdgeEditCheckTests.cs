using CoopGraph.Domain.Changes;
using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Initiatives;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Domain.Tests.Changes;

/// <summary>An edge edit of a dataset known valid is checked only where it touches; the answer must be the whole validation's.</summary>
public class EdgeEditCheckTests
{
    private static readonly Lazy<Dataset> LimaWithInitiative = new(() =>
    {
        var lima = DatasetJson.Load(RepoPaths.Lima).Dataset.ShouldNotBeNull();
        var request = lima.Requests.First(r => lima.Offers.Any(o => o.Subject == r.Subject && o.Office != r.Office));
        var offer = lima.Offers.First(o => o.Subject == request.Subject && o.Office != request.Office);
        var propose = new ProposeInitiative("shared-work", "Shared work", request.Subject, [request.Office], [offer.Office], null,
            new DateTimeOffset(2022, 10, 20, 0, 0, 0, TimeSpan.Zero), "planner", null);
        return DatasetEditor.Apply(lima, [propose]).Dataset.ShouldNotBeNull();
    });

    [Fact]
    public void Apply_RandomEdgeBatchesOnAValidDataset_AgreeWithFullValidation()
    {
        var random = new Random(10);
        var current = LimaWithInitiative.Value;
        current.KnownValid.ShouldBeTrue();
        var checkedIncrementally = 0;
        for (var trial = 0; trial < 400; trial++)
        {
            Change[] batch = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomChange(random, current))];

            var incremental = DatasetEditor.Apply(current, batch);
            var whole = DatasetEditor.Apply(current with { }, batch); // a copy is not known valid: validated whole

            (incremental.Dataset is null).ShouldBe(whole.Dataset is null, $"trial {trial}: {string.Join("; ", batch.AsEnumerable())}");
            incremental.Report.Errors.ShouldBe(whole.Report.Errors);
            if (incremental.Dataset is { } next)
            {
                next.Version.ShouldBe(whole.Dataset!.Version);
                checkedIncrementally += EdgeEditCheck.KeepsValid(current, next, batch) ? 1 : 0;
                current = next;
            }
        }

        checkedIncrementally.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void Apply_RemovingALinkAnInitiativeNames_IsRefusedAsByFullValidation()
    {
        var lima = LimaWithInitiative.Value;
        var initiative = lima.Initiatives.ShouldHaveSingleItem();

        var result = DatasetEditor.Apply(lima, [new RemoveRequest(initiative.RequestOffices[0], initiative.Subject)]);

        result.Dataset.ShouldBeNull();
        result.Report.Errors.ShouldHaveSingleItem().Place.ShouldBe("$.initiatives[0].requestOffices[0]");
    }

    [Fact]
    public void Apply_AddOfferWithAControlCharacterToAValidDataset_IsRefusedAtTheChange()
    {
        var lima = LimaWithInitiative.Value;
        var taken = lima.Offers.Where(o => o.Office == "ARG").Select(o => o.Subject).ToHashSet();
        var subject = lima.Subjects.First(s => !taken.Contains(s.Id)).Id;

        var result = DatasetEditor.Apply(lima, [new AddOffer(new Offer("ARG", subject, "bell\u0007", "api", Confidence.Low, null))]);

        result.Dataset.ShouldBeNull();
        result.Report.Errors.ShouldHaveSingleItem().Place.ShouldBe("changes[0].wording");
    }

    // Mostly valid edits, with each way an edge edit can be wrong mixed in.
    private static Change RandomChange(Random random, Dataset d)
    {
        string Office() => random.Next(30) == 0 ? "ZZZ" : d.Offices[random.Next(d.Offices.Count)].Code;
        string Subject() => random.Next(30) == 0 ? "no-such-subject" : d.Subjects[random.Next(d.Subjects.Count)].Id;
        string Source() => random.Next(20) switch { 0 => " ", 1 => "tab\there", _ => "api" };
        string? Text() => random.Next(15) switch { 0 => "bell\u0007", 1 => "two\nlines", 2 => "\uD800 unpaired", 3 => null, _ => "note \"quoted\" é 😀" };
        return random.Next(10) switch
        {
            < 3 => new AddRequest(new Request(Office(), Subject(), Source(), Confidence.Medium, Text())),
            < 6 => new AddOffer(new Offer(Office(), Subject(), Text(), Source(), Confidence.Low, Text())),
            < 8 when d.Requests.Count > 0 && random.Next(10) > 0 => d.Requests[random.Next(d.Requests.Count)] is var r ? new RemoveRequest(r.Office, r.Subject) : null!,
            < 8 => new RemoveRequest(Office(), Subject()),
            _ when d.Offers.Count > 0 && random.Next(10) > 0 => d.Offers[random.Next(d.Offers.Count)] is var o ? new RemoveOffer(o.Office, o.Subject) : null!,
            _ => new RemoveOffer(Office(), Subject()),
        };
    }
}
