using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Validation;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Domain.Tests;

/// <summary>Invariants of data/lima-2022.json and facts the report states in prose.</summary>
public class LimaDatasetTests
{
    private static readonly Lazy<LoadResult> Loaded = new(() => DatasetJson.Load(RepoPaths.Lima));

    private static Dataset Lima => Loaded.Value.Dataset ?? throw new InvalidOperationException(
        string.Join("\n", Loaded.Value.Report.Issues));

    [Fact]
    public void Load_LimaFile_IsValid()
    {
        Loaded.Value.Report.IsValid.ShouldBeTrue(string.Join("\n", Loaded.Value.Report.Errors));
    }

    [Fact]
    public void Offices_Lima_HaveAssignedIsoAlpha3Codes()
    {
        Lima.Offices.ShouldAllBe(o => IsoCountryCodes.IsAssigned(o.Code));
    }

    [Fact]
    public void Subjects_Lima_EachBelongToAKnownArea()
    {
        var areas = Lima.Areas.Select(a => a.Id).ToHashSet();
        Lima.Subjects.ShouldAllBe(s => areas.Contains(s.Area));
    }

    [Fact]
    public void Edges_Lima_EachCarryProvenanceFromTheirSubjectsAreaTable()
    {
        var areaOf = Lima.Subjects.ToDictionary(s => s.Id, s => s.Area);
        var sources = Lima.Requests.Select(r => (r.Subject, r.Source)).Concat(Lima.Offers.Select(o => (o.Subject, o.Source)));

        sources.ShouldAllBe(e => e.Source.StartsWith(areaOf[e.Subject] + "#", StringComparison.Ordinal));
    }

    [Fact]
    public void CrossCuttingSubjects_Lima_AreRequestedByEverySurveyedAttendeeAndOfferedByNobody()
    {
        var crossCutting = Lima.Subjects.Where(s => s.CrossCutting).Select(s => s.Id).ToHashSet();
        var surveyed = Lima.Requests.Where(r => !crossCutting.Contains(r.Subject)).Select(r => r.Office)
            .Concat(Lima.Offers.Select(o => o.Office)).ToHashSet();
        var attendees = Lima.Offices.Where(o => o.Attended && surveyed.Contains(o.Code)).Select(o => o.Code).Order().ToList();

        crossCutting.ShouldNotBeEmpty();
        Lima.Offers.ShouldNotContain(o => crossCutting.Contains(o.Subject));
        foreach (var subject in crossCutting)
        {
            Lima.Requests.Where(r => r.Subject == subject).Select(r => r.Office).Order().ToList().ShouldBe(attendees, customMessage: subject);
        }
    }

    [Fact]
    public void Offices_Lima_ColombiaDidNotAttendAndJapanIsInNoTable()
    {
        Lima.FindOffice("COL")!.Attended.ShouldBeFalse();
        Lima.Requests.ShouldContain(r => r.Office == "COL");
        Lima.Requests.ShouldNotContain(r => r.Office == "JPN");
        Lima.Offers.ShouldNotContain(o => o.Office == "JPN");
    }

    // "Brazil ... green patents" (public policies narrative).
    [Fact]
    public void Offers_Lima_BrazilOffersGreenPatents()
    {
        Lima.Offers.ShouldContain(o => o.Office == "BRA" && o.Subject == "green-patents");
    }

    // "Chile offers to share its experience in alternative dispute resolution ... with Mexico".
    [Fact]
    public void Edges_Lima_ChileOffersAlternativeDisputeResolutionToMexico()
    {
        Lima.Offers.ShouldContain(o => o.Office == "CHL" && o.Subject == "alternative-dispute-resolution");
        Lima.Requests.ShouldContain(r => r.Office == "MEX" && r.Subject == "alternative-dispute-resolution");
    }

    // "Argentina, Brazil and Cuba raised the need to design a quality control system ... Chile, Peru and the
    // Dominican Republic shared the practices".
    [Fact]
    public void Edges_Lima_QualityControlRequestedByArgBraCubAndOfferedByChlPerDom()
    {
        Lima.Requests.Where(r => r.Subject == "quality-control").Select(r => r.Office).ShouldBe(["ARG", "BRA", "CUB"], ignoreOrder: true);
        Lima.Offers.Where(o => o.Subject == "quality-control").Select(o => o.Office).ShouldBe(["CHL", "PER", "DOM"], ignoreOrder: true);
    }

    // "Brazil, Chile, Costa Rica, Cuba and Panama offer their support to implement workflows and optimize ... IPAS".
    [Fact]
    public void Offers_Lima_IpasSupportOfferedByTheFiveNamedOffices()
    {
        Lima.Offers.Where(o => o.Subject == "ipas-implementation").Select(o => o.Office)
            .ShouldBe(["BRA", "CHL", "CRI", "CUB", "PAN"], ignoreOrder: true);
    }

    [Fact]
    public void Aliases_Lima_ResolveTheReportsSpellings()
    {
        var lookup = new OfficeLookup(Lima.Offices);

        lookup.Resolve("BRASIL").ShouldBe("BRA");
        lookup.Resolve("méxico").ShouldBe("MEX");
        lookup.Resolve("PERÚ").ShouldBe("PER");
        lookup.Resolve("DOMINICAN REP.").ShouldBe("DOM");
    }
}
