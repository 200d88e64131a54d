using CoopGraph.Analytics.Isolation;
using CoopGraph.Analytics.Needs;
using CoopGraph.Analytics.Paths;
using CoopGraph.Analytics.Reporting;
using CoopGraph.Analytics.WhatIf;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Analytics.Tests.Isolation;

/// <summary>Requests' own statuses, who is exposed and why, office standings and edge justifications on Lima (issue #12).</summary>
public class StandingTests
{
    private static readonly Lazy<NetworkAnalysis> Lima = new(() =>
        NetworkAnalysis.Of(DatasetJson.Load(RepoPaths.Lima).Dataset.ShouldNotBeNull()));

    [Fact]
    public void RequestStandingsOf_HondurasGreenPatents_IsCoveredWhileTheSubjectIsFragile()
    {
        Lima.Value.UnmetNeeds()["green-patents"].Status.ShouldBe(NeedStatus.Fragile);

        var standing = RequestStandings.Of(Lima.Value, "HND", "green-patents").ShouldNotBeNull();

        standing.Status.ShouldBe(NeedStatus.Covered);
        standing.Helpers.ShouldBe(["BRA", "PER"]);
        standing.Explanation.ShouldBe("Honduras can turn to 2 offices: Brazil, Peru");
    }

    [Fact]
    public void RequestStandingsOf_AnOfficeThatDoesNotRequestIt_IsNull() =>
        RequestStandings.Of(Lima.Value, "JPN", "green-patents").ShouldBeNull();

    [Fact]
    public void RequestStandingsExposed_GreenPatents_NamesTheOneFragileRequesterAndItsOnlyOtherOfferer()
    {
        // Brazil and Peru offer green patents; of its six requesters only Peru, which offers it too, has a single helper.
        Lima.Value.UnmetNeeds()["green-patents"].Offerers.ShouldBe(["BRA", "PER"]);

        var exposed = RequestStandings.Exposed(Lima.Value, "green-patents");

        exposed.Select(e => e.Office).ShouldBe(["PER"]);
        exposed[0].Status.ShouldBe(NeedStatus.Fragile);
        exposed[0].OffersItself.ShouldBeTrue();
        exposed[0].Explanation.ShouldBe("Peru can turn only to Brazil (Peru offers it too, which does not count as help for itself); losing Brazil would leave it unmet");
    }

    [Fact]
    public void NeedWordsLabel_CrossCutting_PutsThePropertyBesideTheStatus()
    {
        NeedWords.Label(NeedStatus.Unmet, crossCutting: true).ShouldBe("UNMET (cross-cutting)");
        NeedWords.Label(NeedStatus.Fragile, crossCutting: false).ShouldBe("FRAGILE");
    }

    [Fact]
    public void OfficeStandingsCompute_Lima_SeparatesAbsenceFromIsolationAndGivesReasonsInWords()
    {
        var standings = OfficeStandings.Compute(Lima.Value);

        standings["JPN"].Standing.ShouldBe(StandingKind.DidNotTakePart);
        standings.Offices[^1].Code.ShouldBe("JPN", "an office that did not take part comes last, not first");
        var chile = standings["CHL"];
        chile.Standing.ShouldBe(StandingKind.UnmetNeeds);
        chile.Supporters.ShouldBe(9);
        chile.Reasons.Select(r => r.Text).ShouldContain("no office offers Management systems: communication between IPAS technicians, which it requests");
        standings["COL"].Standing.ShouldBe(StandingKind.WeakTies);
        standings["COL"].Reasons.ShouldContain(r => r.Kind == StandingReasonKind.FewSupporters && r.Text == "only Brazil and Peru can help it (2 supporters)");
        standings["SLV"].Standing.ShouldBe(StandingKind.WeakTies);
        standings["SLV"].Reasons.ShouldContain(r => r.Kind == StandingReasonKind.HelpsNobody && r.Text == "it helps no office: it offers nothing");
        standings["SLV"].Rank.ShouldBeLessThan(standings["COL"].Rank, "helping nobody (0) is a weaker side than 2 supporters");
        standings.Offices.Select(o => o.Rank).ShouldBe(Enumerable.Range(1, standings.Offices.Count));
    }

    [Fact]
    public void SupportLinksBetween_BrazilToHonduras_JustifiesEachSubjectWithTheOffersWordingAndTheRequestsSubject()
    {
        var dataset = Lima.Value.Snapshot.Dataset;
        var edge = Lima.Value.Snapshot.SupportEdges.Single(e => e.From == "BRA" && e.To == "HND");

        var link = SupportLinks.Between(Lima.Value, "BRA", "HND");

        link.Subjects.Select(s => s.Subject).ShouldBe(edge.Subjects);
        var ai = link.Subjects.Single(s => s.Subject == "ai-tools");
        SupportLinks.Justification(dataset, ai).ShouldBe(
            $"Brazil offers “{ai.Offer.Wording}” ({ai.Offer.Source}, {ai.Offer.Confidence.ToString().ToLowerInvariant()} confidence); " +
            $"Honduras requests {dataset.FindSubject("ai-tools")!.Name} ({ai.Request.Source}, {ai.Request.Confidence.ToString().ToLowerInvariant()} confidence)");
        SupportLinks.Between(Lima.Value, "BRA", "HND", area: "no-such-area").Subjects.ShouldBeEmpty();
    }

    [Fact]
    public void ReportMarkdownWrite_Lima_SaysWhoIsExposedAndEachOfficesStandingInTheSameWords()
    {
        var markdown = ReportMarkdown.Write(Lima.Value.Report());

        markdown.ShouldContain(RequestStandings.Exposed(Lima.Value, "green-patents")[0].Explanation);
        markdown.ShouldContain("| Chile (CHL) | unmet needs | 9 | 15 | no office offers Management systems: communication between IPAS technicians, which it requests |");
        markdown.ShouldContain("| Japan (JPN) | did not take part |");
        foreach (var status in Enum.GetValues<NeedStatus>())
        {
            markdown.ShouldContain(NeedWords.Meaning(status));
        }

        markdown.ShouldContain(NeedWords.CrossCuttingMeaning);
        markdown.ShouldContain("UNMET (cross-cutting)");
    }

    [Fact]
    public void SupporterGroupsLost_LimaWithoutBrazil_GroupsEveryOfficeThatLosesBrazilUnderBrazilOnce()
    {
        var whatIf = Lima.Value.WhatIf(WhatIfScenario.Removing("BRA"));
        var losers = whatIf.SupporterChanges.Where(c => c.Lost.Contains("BRA")).Select(c => c.Office).ToList();
        losers.Count.ShouldBeGreaterThan(1);

        var groups = SupporterGroups.Lost(whatIf);

        groups.Single(g => g.Supporter == "BRA").Offices.ShouldBe(losers);
        groups.Select(g => g.Offices.Count).ShouldBeInOrder(SortDirection.Descending);
        var markdown = ReportMarkdown.Write(Lima.Value.Report(new ReportOptions(RemoveOffices: ["BRA"])));
        markdown.ShouldContain($"- Brazil (BRA) no longer helps {losers.Count} offices: {string.Join(", ", losers)}\n");
        markdown.ShouldNotContain(" loses ");
    }
}
