using CoopGraph.Analytics.FollowUp;
using CoopGraph.Domain;
using CoopGraph.Domain.Changes;
using CoopGraph.Domain.Initiatives;

namespace CoopGraph.Analytics.Tests.FollowUp;

public class FollowUpAnalyzerTests
{
    private static readonly DateTimeOffset Start = new(2022, 10, 6, 0, 0, 0, TimeSpan.Zero);

    // Sample(): a1 requested by ARG, BRA (BRA offers); a2 by CHL (ARG, BRA offer); b1 by DOM (CHL offers); b2 by ARG.
    private static Dataset WithInitiatives(params Change[] changes) =>
        DatasetEditor.Apply(Networks.Sample(), changes).Dataset ?? throw new InvalidOperationException(string.Join("; ", DatasetEditor.Apply(Networks.Sample(), changes).Report.Errors));

    private static ProposeInitiative Propose(string id, string subject, string[] requests, string[] offers, int day = 0) =>
        new(id, id, subject, requests, offers, null, Start.AddDays(day), "planner", null);

    [Fact]
    public void Analyze_NoInitiatives_EveryRequestIsWithoutInitiativeWithWhomToContact()
    {
        var result = FollowUpAnalyzer.Analyze(Networks.Sample(), Start);

        result.NeedsWithoutInitiative.Count.ShouldBe(Networks.Sample().Requests.Count);
        var chl = result.NeedsWithoutInitiative.Single(n => n.Office == "CHL" && n.Subject == "a2");
        chl.Offerers.ShouldBe(["ARG", "BRA"]);
        result.NeedsWithoutInitiative.Single(n => n.Office == "BRA" && n.Subject == "a1").Offerers.ShouldBeEmpty();
        result.Stalled.ShouldBeEmpty();
    }

    [Fact]
    public void Analyze_LiveAndCompletedInitiatives_AnswerTheirRequestsAndDroppedOnesDoNot()
    {
        var dataset = WithInitiatives(
            Propose("chl-a2", "a2", ["CHL"], ["ARG"]),
            Propose("dom-b1", "b1", ["DOM"], ["CHL"]),
            new AdvanceInitiative("dom-b1", InitiativeStatus.Dropped, Start.AddDays(5), "planner", "no budget"),
            Propose("arg-a1", "a1", ["ARG"], ["BRA"]),
            new AdvanceInitiative("arg-a1", InitiativeStatus.Agreed, Start.AddDays(1), "planner", null),
            new AdvanceInitiative("arg-a1", InitiativeStatus.InProgress, Start.AddDays(2), "planner", null),
            new AdvanceInitiative("arg-a1", InitiativeStatus.Completed, Start.AddDays(3), "planner", null));

        var result = FollowUpAnalyzer.Analyze(dataset, Start.AddDays(10));

        var without = result.NeedsWithoutInitiative.Select(n => (n.Office, n.Subject)).ToList();
        without.ShouldNotContain(("CHL", "a2"));
        without.ShouldNotContain(("ARG", "a1"));
        without.ShouldContain(("DOM", "b1"));
        without.ShouldContain(("BRA", "a1"));
        result.NeedsWithoutInitiative.Single(n => n.Office == "DOM" && n.Subject == "b1").DroppedInitiatives.ShouldBe(["dom-b1"]);
    }

    [Theory]
    [InlineData(29, 30, false)]
    [InlineData(30, 30, true)]
    [InlineData(31, 30, true)]
    [InlineData(0, 0, true)]
    public void Analyze_OpenInitiative_IsStalledFromTheThresholdOn(int daysLater, int stalledDays, bool stalled)
    {
        var dataset = WithInitiatives(Propose("chl-a2", "a2", ["CHL"], ["ARG", "BRA"]),
            new AdvanceInitiative("chl-a2", InitiativeStatus.Agreed, Start.AddDays(2), "planner", null));

        var result = FollowUpAnalyzer.Analyze(dataset, Start.AddDays(2 + daysLater).AddHours(1), stalledDays);

        result.Stalled.Any().ShouldBe(stalled);
        if (stalled)
        {
            result.Stalled[0].DaysSince.ShouldBe(daysLater);
            result.Stalled[0].LastMoved.ShouldBe(Start.AddDays(2));
        }
    }

    [Fact]
    public void Analyze_FinalInitiatives_AreNeverStalled()
    {
        var dataset = WithInitiatives(Propose("chl-a2", "a2", ["CHL"], ["ARG"]),
            new AdvanceInitiative("chl-a2", InitiativeStatus.Dropped, Start, "planner", null));

        FollowUpAnalyzer.Analyze(dataset, Start.AddYears(3), 1).Stalled.ShouldBeEmpty();
    }

    [Fact]
    public void Analyze_ByAreaAndOffice_CountsEachOnce()
    {
        var dataset = WithInitiatives(Propose("chl-a2", "a2", ["CHL"], ["ARG", "BRA"]), Propose("dom-b1", "b1", ["DOM"], ["CHL"], day: 50));

        var result = FollowUpAnalyzer.Analyze(dataset, Start.AddDays(60), 30);

        result.Stalled.ShouldHaveSingleItem().Initiative.Id.ShouldBe("chl-a2");
        var areaA = result.Areas.Single(a => a.Key == "area-a");
        (areaA.NeedsWithoutInitiative, areaA.Stalled, areaA.Open).ShouldBe((2, 1, 1)); // ARG:a1, BRA:a1
        var chl = result.Offices.Single(o => o.Key == "CHL");
        (chl.NeedsWithoutInitiative, chl.Stalled, chl.Open).ShouldBe((1, 1, 2)); // CHL:x; answers chl-a2, offers dom-b1
        result.Offices.Select(o => o.Key).ShouldBe(["ARG", "BRA", "CHL", "DOM", "ECU"]);
        result.Evidence.Parameters["stalledDays"].ShouldBe("30");
    }

    [Fact]
    public void Analyze_NegativeThreshold_IsRefused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => FollowUpAnalyzer.Analyze(Networks.Sample(), Start, -1));
    }
}
