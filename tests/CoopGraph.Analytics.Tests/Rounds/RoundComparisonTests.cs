using CoopGraph.Analytics.Isolation;
using CoopGraph.Analytics.Needs;
using CoopGraph.Analytics.Rounds;
using CoopGraph.Domain;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Analytics.Tests.Rounds;

/// <summary>compare(from, to): every delta read off the two rounds' own analyses.</summary>
public class RoundComparisonTests
{
    // Round "before": the sample network. Round "after": BRA withdraws its a2 offer and DOM newly offers b2 (ARG's unmet need).
    private static Dataset TwoRounds()
    {
        var before = Networks.Sample();
        var after = before with
        {
            Offers = [.. before.Offers.Where(o => (o.Office, o.Subject) != ("BRA", "a2")), new Offer("DOM", "b2", null, "minutes#3", Confidence.High, null)],
        };
        return after with
        {
            FormatVersion = Dataset.RoundsFormatVersion,
            Rounds =
            [
                new Round("before", "Survey", "2022-04", RoundKind.Survey, before.Requests, before.Offers),
                new Round("after", "Meeting", "2022-10-04", RoundKind.Meeting, Citations: [new Citation("offer", "DOM", "b2", 42, "DOM offered")]),
            ],
        };
    }

    [Fact]
    public void Compare_OfferWithdrawnAndOfferAdded_EdgesWithProvenance()
    {
        var c = RoundComparer.Compare(TwoRounds(), "before", "after");

        var added = c.Added.ShouldHaveSingleItem();
        (added.Role, added.Office, added.Subject, added.Source, added.Line, added.Quote).ShouldBe(("offer", "DOM", "b2", "minutes#3", (int?)42, "DOM offered"));
        var withdrawn = c.Withdrawn.ShouldHaveSingleItem();
        (withdrawn.Role, withdrawn.Office, withdrawn.Subject, withdrawn.Source, withdrawn.Line).ShouldBe(("offer", "BRA", "a2", "off#2", (int?)null));
    }

    [Fact]
    public void Compare_OfferAddedForUnmetNeed_StatusIsolationPairsAndCoverageFollowTheAnalyses()
    {
        var dataset = TwoRounds();
        var before = NetworkAnalysis.Of(dataset.AtRound("before"));
        var after = NetworkAnalysis.Of(dataset);

        var c = RoundComparer.Compare(dataset, "before", "after");

        // b2 was UNMET (ARG requests, nobody offers); DOM's offer makes it FRAGILE. a2 loses BRA: CHL keeps ARG only.
        c.Subjects.Select(s => (s.Subject, s.From, s.To)).ShouldBe([("a2", NeedStatus.Covered, NeedStatus.Fragile), ("b2", NeedStatus.Unmet, NeedStatus.Fragile)]);
        var arg = c.Offices.Single(o => o.Office == "ARG");
        arg.FlagsFrom.ShouldContain(IsolationSign.NoSupport);
        arg.FlagsTo.ShouldNotContain(IsolationSign.NoSupport);
        arg.SupportersGained.ShouldBe(["DOM"]);
        c.Offices.Single(o => o.Office == "CHL").SupportersLost.ShouldBe(["BRA"]);
        foreach (var o in c.Offices)
        {
            o.ScoreFrom.ShouldBe(before.Isolation()[o.Office].Score);
            o.ScoreTo.ShouldBe(after.Isolation()[o.Office].Score);
        }

        c.CoverageFrom.Assigned.ShouldBe(before.MatchPlan().Assigned);
        c.CoverageTo.Assigned.ShouldBe(after.MatchPlan().Assigned);
        c.PairsGained.ShouldBe(after.ReciprocalPairs().Pairs.Select(p => new OfficePair(p.A, p.B)).Except(before.ReciprocalPairs().Pairs.Select(p => new OfficePair(p.A, p.B))));
        c.RankMovers.ShouldAllBe(m => m.RankFrom != m.RankTo);
    }

    [Fact]
    public void Compare_RoundWithItself_NothingChanged()
    {
        var c = RoundComparer.Compare(TwoRounds(), "after", "after");

        c.Added.ShouldBeEmpty();
        c.Withdrawn.ShouldBeEmpty();
        c.Subjects.ShouldBeEmpty();
        c.Offices.ShouldBeEmpty();
        c.RankMovers.ShouldBeEmpty();
        c.PairsGained.ShouldBeEmpty();
        c.CoverageFrom.ShouldBe(c.CoverageTo);
    }

    [Fact]
    public void Compare_Backwards_AddedAndWithdrawnSwapWithTheSameCitations()
    {
        var forward = RoundComparer.Compare(TwoRounds(), "before", "after");
        var backward = RoundComparer.Compare(TwoRounds(), "after", "before");

        backward.Added.ShouldBe(forward.Withdrawn);
        backward.Withdrawn.ShouldBe(forward.Added);
    }

    [Fact]
    public void Compare_UnknownRound_ErrorNamesTheRounds()
    {
        Should.Throw<ArgumentException>(() => RoundComparer.Compare(TwoRounds(), "before", "later")).Message.ShouldContain("rounds: before, after");
    }

    [Fact]
    public void Compare_LimaSurveyToMeeting_TheNarrativeAdditionsEachWithItsReportLine()
    {
        var lima = DatasetJson.Load(RepoPaths.Lima).Dataset!;

        var c = RoundComparer.Compare(lima, "survey-2022-04", "lima-2022-10");

        c.Withdrawn.ShouldBeEmpty();
        c.Added.Count.ShouldBe(13);
        c.Added.ShouldAllBe(e => e.Line != null && e.Quote != null);
        c.Added.ShouldContain(e => e.Role == "offer" && e.Office == "HND" && e.Subject == "border-measures" && e.Line == 995);
        c.Added.ShouldContain(e => e.Role == "request" && e.Office == "PRY" && e.Subject == "green-patents" && e.Line == 1153);
        c.CoverageTo.Requests.ShouldBe(c.CoverageFrom.Requests + 6); // six requests added, none of a cross-cutting subject
    }
}
