using System.Text.Json.Nodes;
using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Initiatives;
using CoopGraph.Domain.Validation;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Domain.Tests;

/// <summary>Rounds: the version-2 format, the dataset as it stood at a round, and the two Lima rounds from the seed.</summary>
public class RoundsTests
{
    private static readonly Lazy<Dataset> LimaDataset = new(() => DatasetJson.Load(RepoPaths.Lima).Dataset!);

    private static Dataset Lima => LimaDataset.Value;

    // data/lima-2022.json as it was before rounds (version 1), kept beside the released database fixture.
    private static Dataset LimaBeforeRounds => DatasetJson.Load(RepoPaths.Of("tests", "CoopGraph.Storage.Tests", "Fixtures", "release-2026-12-lima.json")).Dataset!;

    [Fact]
    public void AllRounds_VersionOneDataset_OneImplicitRoundThatIsTheDatasetItself()
    {
        var small = SampleData.Small();

        var round = small.AllRounds.ShouldHaveSingleItem();

        round.Id.ShouldBe(Round.ImplicitId);
        small.HasRound(Round.ImplicitId).ShouldBeTrue();
        small.AtRound(Round.ImplicitId).ShouldBeSameAs(small);
        DatasetJson.Serialize(small).ShouldNotContain("rounds");
    }

    [Fact]
    public void Load_Lima_TwoRoundsSurveyThenMeeting()
    {
        Lima.FormatVersion.ShouldBe(2);
        Lima.AllRounds.Select(r => (r.Id, r.Date, r.Kind)).ShouldBe(
            [("survey-2022-04", "2022-04", RoundKind.Survey), ("lima-2022-10", "2022-10-04", RoundKind.Meeting)]);
        Lima.HasRound("survey-2022-04").ShouldBeTrue();
        Lima.HasRound("lima-2022-11").ShouldBeFalse();
    }

    [Fact]
    public void LatestRound_Lima_IsExactlyTheDataBeforeRounds()
    {
        var latest = Lima.AtRound("lima-2022-10") with { FormatVersion = 1, Rounds = null };

        DatasetJson.Serialize(latest).ShouldBe(DatasetJson.Serialize(LimaBeforeRounds));
    }

    [Fact]
    public void Rounds_Lima_EveryDifferenceIsANarrativeOnlyEdgeCitedWithItsReportLine()
    {
        var survey = Lima.AtRound("survey-2022-04");
        var before = Keys(survey);
        var after = Keys(Lima);

        var cited = Lima.LatestRound.Citations!.Select(c => (c.Role, c.Office, c.Subject)).ToHashSet();

        after.Except(before).ToHashSet().SetEquals(cited).ShouldBeTrue();
        before.Except(after).ShouldBeEmpty(); // the report withdraws nothing
        cited.Count.ShouldBe(13);
        Lima.LatestRound.Citations!.ShouldAllBe(c => c.Line > 0 && c.Quote != null);
        var seed = File.ReadAllLines(SeedReport());
        foreach (var c in Lima.LatestRound.Citations!)
        {
            // The cited line names the office's country (Peru's and Brazil's lines name them; the design-competition
            // requesters share one sentence over lines 1422-1423).
            var country = Lima.FindOffice(c.Office)!.Name;
            string.Join(" ", seed[(c.Line - 2)..(c.Line + 1)]).ShouldContain(country, customMessage: $"{c.Role} {c.Office} {c.Subject} line {c.Line}");
        }

        // Every narrative-only edge is marked so in its note (data/README.md).
        foreach (var (role, office, subject) in cited)
        {
            var note = role == "request" ? Lima.Requests.Single(r => r.Office == office && r.Subject == subject).Note
                : Lima.Offers.Single(o => o.Office == office && o.Subject == subject).Note;
            note.ShouldNotBeNull();
        }
    }

    [Fact]
    public void Validate_CitationOfNoDifference_WarningSoEditsOfTheLatestRoundStayPossible()
    {
        var cite = Lima.LatestRound.Citations![0];
        var edited = Lima with { Requests = [.. Lima.Requests.Where(r => (r.Office, r.Subject) != (cite.Office, cite.Subject))] };

        var report = DatasetValidator.Validate(edited);

        report.IsValid.ShouldBeTrue();
        report.Warnings.ShouldContain(w => w.Place == "$.rounds[1].citations[0]" && w.Message.Contains("same in this round and the previous one"));
    }

    [Fact]
    public void AtRound_Survey_DatasetAsItStoodIsValidWithOneRound()
    {
        var survey = Lima.AtRound("survey-2022-04");

        survey.Requests.Count.ShouldBe(175);
        survey.Offers.Count.ShouldBe(67);
        survey.AllRounds.ShouldHaveSingleItem().Id.ShouldBe("survey-2022-04");
        survey.Version.ShouldNotBe(Lima.Version);
        DatasetValidator.Validate(survey).IsValid.ShouldBeTrue();
        DatasetJson.Parse(DatasetJson.Serialize(survey)).Dataset.ShouldBe(survey);
    }

    [Fact]
    public void AtRound_Survey_KeepsOnlyTheInitiativesProposedByThenAndStaysValid()
    {
        var (subject, requester, offerer) = Lima.AtRound("survey-2022-04").Requests
            .SelectMany(r => Lima.AtRound("survey-2022-04").Offers.Where(o => o.Subject == r.Subject && o.Office != r.Office).Select(o => (r.Subject, r.Office, o.Office))).First();
        Initiative Proposed(string id, string? round) => new(id, id, subject, [requester], [offerer], round,
            [new(InitiativeStatus.Proposed, new DateTimeOffset(2022, 10, 6, 0, 0, 0, TimeSpan.Zero), "lima", null)]);
        var with = Lima with { Initiatives = [Proposed("at-survey", "survey-2022-04"), Proposed("at-meeting", "lima-2022-10"), Proposed("unnamed", null)] };

        var survey = with.AtRound("survey-2022-04");

        survey.Initiatives.Select(i => i.Id).ShouldBe(["at-survey"]);
        DatasetValidator.Validate(survey).IsValid.ShouldBeTrue();
        with.AtRound("lima-2022-10").Initiatives.Count.ShouldBe(3);
    }

    [Fact]
    public void AtRound_UnknownRound_ErrorNamesTheRoundsThereAre()
    {
        var ex = Should.Throw<ArgumentException>(() => Lima.AtRound("lima-2023"));

        ex.Message.ShouldContain("unknown round 'lima-2023'");
        ex.Message.ShouldContain("survey-2022-04, lima-2022-10");
    }

    public static TheoryData<string, string, string> BadRounds => new()
    {
        { "latest-with-own-requests", "$.rounds[1]", "latest round's requests" },
        { "earlier-without-offers", "$.rounds[0]", "earlier round lists its own" },
        { "dates-out-of-order", "$.rounds[1].date", "before the previous round's" },
        { "bad-date", "$.rounds[0].date", "ISO 8601" },
        { "duplicate-id", "$.rounds[1].id", "duplicate id" },
        { "unknown-office-in-round", "$.rounds[0].requests[0].office", "unknown office 'ZZZ'" },
        { "version-2-without-rounds", "$.formatVersion", "needs at least one round" },
        { "version-1-with-rounds", "$.formatVersion", "format version 2" },
    };

    [Theory]
    [MemberData(nameof(BadRounds))]
    public void Parse_BadRounds_ErrorAtItsPlace(string mutation, string place, string words)
    {
        var node = JsonNode.Parse(DatasetJson.Serialize(Lima))!.AsObject();
        var rounds = node["rounds"]!.AsArray();
        Action change = mutation switch
        {
            "latest-with-own-requests" => () => rounds[1]!["requests"] = new JsonArray(),
            "earlier-without-offers" => () => rounds[0]!.AsObject().Remove("offers"),
            "dates-out-of-order" => () => rounds[1]!["date"] = "2022-03-31",
            "bad-date" => () => rounds[0]!["date"] = "April 2022",
            "duplicate-id" => () => rounds[1]!["id"] = "survey-2022-04",
            "unknown-office-in-round" => () => rounds[0]!["requests"]![0]!["office"] = "ZZZ",
            "version-2-without-rounds" => () => node.Remove("rounds"),
            _ => () => node["formatVersion"] = 1,
        };
        change();

        var result = DatasetJson.Parse(node.ToJsonString(), "rounds.json");

        result.Dataset.ShouldBeNull();
        result.Report.Errors.ShouldContain(e => e.Place == place && e.Message.Contains(words), string.Join("\n", result.Report.Errors));
    }

    [Fact]
    public void Parse_UnknownRoundKind_ShapeErrorWithThePlace()
    {
        var json = DatasetJson.Serialize(Lima).Replace("\"kind\": \"survey\"", "\"kind\": \"Survey\"", StringComparison.Ordinal);

        var result = DatasetJson.Parse(json, "rounds.json");

        result.Report.Errors.ShouldContain(e => e.Place.StartsWith("$.rounds[0].kind", StringComparison.Ordinal));
    }

    [Fact]
    public void Serialize_CsvOfLima_RoundColumnRoundTrips()
    {
        var csv = DatasetCsv.Serialize(Lima);

        csv.Split('\n')[0].ShouldEndWith(",round");
        var read = DatasetCsv.Parse(csv, "lima.csv", Lima);

        read.Report.IsValid.ShouldBeTrue(string.Join("\n", read.Report.Errors));
        read.Dataset!.AtRound("survey-2022-04").Requests.ShouldBe(Lima.AtRound("survey-2022-04").Requests);
        read.Dataset.Requests.ShouldBe(Lima.Requests);
        read.Dataset.Offers.ShouldBe(Lima.Offers);
    }

    [Fact]
    public void Parse_CsvRowOfUnknownRound_ErrorNamesTheCell()
    {
        var result = DatasetCsv.Parse("office,subject,role,round\nARG,green-patents,request,survey-2022-05\n", "in.csv", Lima);

        result.Dataset.ShouldBeNull();
        result.Report.Errors.ShouldContain(e => e.Place == "in.csv:2:27" && e.Message.Contains("unknown round 'survey-2022-05'"));
    }

    [Fact]
    public void Parse_CsvRowsOfAnEarlierRound_ErrorsNameTheirLine()
    {
        var result = DatasetCsv.Parse("office,subject,role,round\nARG,green-patents,request,survey-2022-04\nARG,green-patents,request,survey-2022-04\n", "in.csv", Lima);

        result.Report.Errors.ShouldContain(e => e.Place.StartsWith("in.csv:3:", StringComparison.Ordinal) && e.Message.Contains("duplicate request"));
    }

    [Fact]
    public void Parse_CsvWithoutRoundColumn_RowsAreTheLatestRoundsAndEarlierRoundsStay()
    {
        var result = DatasetCsv.Parse("office,subject,role\nARG,green-patents,request\n", "in.csv", Lima);

        result.Dataset!.Requests.ShouldHaveSingleItem();
        result.Dataset.AtRound("survey-2022-04").Requests.Count.ShouldBe(175);

        // The base's citations explained edges these rows no longer have: dropped, not left as warnings.
        result.Dataset.LatestRound.Citations.ShouldBeNull();
        result.Report.Warnings.ShouldBeEmpty();
    }

    // The seed report beside the repository (CI: shared/ next to the clone; here: /work/shared).
    private static string SeedReport()
    {
        for (var dir = new DirectoryInfo(RepoPaths.Root); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "seed", "000_fc678a7b2b578a4d.txt");
            if (File.Exists(path))
            {
                return path;
            }
        }

        Assert.Skip("the seed report (shared/seed/000_fc678a7b2b578a4d.txt) is not beside the repository");
        return "";
    }

    private static HashSet<(string, string, string)> Keys(Dataset d) =>
        [.. d.Requests.Select(r => ("request", r.Office, r.Subject)), .. d.Offers.Select(o => ("offer", o.Office, o.Subject))];
}
