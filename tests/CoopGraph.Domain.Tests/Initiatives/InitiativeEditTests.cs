using CoopGraph.Domain.Changes;
using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Initiatives;

namespace CoopGraph.Domain.Tests.Initiatives;

public class InitiativeEditTests
{
    private static readonly DateTimeOffset Lima = new(2022, 10, 20, 0, 0, 0, TimeSpan.Zero);

    private static ProposeInitiative Propose(string id = "green-fast-track", string subject = "green-patents", string[]? requests = null, string[]? offers = null, string? round = null) =>
        new(id, "Brazil shares its green fast track", subject, requests ?? ["ARG"], offers ?? ["BRA"], round, Lima, "planner", "recorded in Lima");

    private static Dataset Proposed() => DatasetEditor.Apply(SampleData.Small(), [Propose()]).Dataset!;

    [Fact]
    public void Apply_ProposeInitiative_AddsItAsProposedWithItsStep()
    {
        var result = DatasetEditor.Apply(SampleData.Small(), [Propose()]);

        var initiative = result.Dataset.ShouldNotBeNull().Initiatives.ShouldHaveSingleItem();
        initiative.Status().ShouldBe(InitiativeStatus.Proposed);
        initiative.Steps.ShouldHaveSingleItem().ShouldBe(new InitiativeStep(InitiativeStatus.Proposed, Lima, "planner", "recorded in Lima"));
    }

    [Theory]
    [InlineData("ZZZ", "BRA", "changes[0].requestOffices[0]", "unknown office 'ZZZ'")]
    [InlineData("MEX", "BRA", "changes[0].requestOffices[0]", "unknown request: office 'MEX' does not request subject 'green-patents'")]
    [InlineData("ARG", "MEX", "changes[0].offerOffices[0]", "unknown offer: office 'MEX' does not offer subject 'green-patents'")]
    public void Apply_ProposeNamingWhatIsNotThere_IsRefusedWithThePlace(string requester, string offerer, string place, string message)
    {
        var result = DatasetEditor.Apply(SampleData.Small(), [Propose(requests: [requester], offers: [offerer])]);

        result.Dataset.ShouldBeNull();
        var error = result.Report.Errors.ShouldHaveSingleItem();
        (error.Place, error.Message).ShouldBe((place, message));
    }

    [Fact]
    public void Apply_ProposeUnknownSubject_IsRefused()
    {
        var result = DatasetEditor.Apply(SampleData.Small(), [Propose(subject: "telepathy")]);

        result.Report.Errors.ShouldContain(e => e.Place == "changes[0].subject" && e.Message == "unknown subject 'telepathy'");
    }

    [Fact]
    public void Apply_ProposeUnknownRound_IsRefused()
    {
        var result = DatasetEditor.Apply(SampleData.Small(), [Propose(round: "lima-2099")]);

        result.Report.Errors.ShouldHaveSingleItem().Place.ShouldBe("changes[0].round");
    }

    [Fact]
    public void Apply_ProposeInADeclaredRound_ChecksThatRoundsRequests()
    {
        var lima = DatasetJson.Load(CoopGraph.Tests.Shared.RepoPaths.Lima).Dataset.ShouldNotBeNull();
        var round = lima.Rounds.ShouldNotBeNull()[0];
        var request = round.Requests.ShouldNotBeNull().First(r => round.Offers!.Any(o => o.Subject == r.Subject && o.Office != r.Office));
        var offerer = round.Offers!.First(o => o.Subject == request.Subject && o.Office != request.Office).Office;

        var result = DatasetEditor.Apply(lima, [Propose(subject: request.Subject, requests: [request.Office], offers: [offerer], round: round.Id)]);

        result.Report.Errors.ShouldBeEmpty();
        result.Dataset.ShouldNotBeNull().Initiatives.ShouldHaveSingleItem().Round.ShouldBe(round.Id);
    }

    [Fact]
    public void Apply_ProposeTheSameAgain_ChangesNothing()
    {
        var once = Proposed();

        var twice = DatasetEditor.Apply(once, [Propose() with { At = Lima.AddDays(1) }]).Dataset.ShouldNotBeNull();

        twice.Version.ShouldBe(once.Version);
    }

    [Fact]
    public void Apply_ProposeExistingIdWithOtherContent_IsRefused()
    {
        var result = DatasetEditor.Apply(Proposed(), [Propose() with { Title = "Something else" }]);

        result.Report.Errors.ShouldHaveSingleItem().Message.ShouldContain("already exists with other content");
    }

    [Fact]
    public void Apply_AdvanceAlongTheLifecycle_RecordsEveryStep()
    {
        var result = DatasetEditor.Apply(Proposed(),
        [
            new AdvanceInitiative("green-fast-track", InitiativeStatus.Agreed, Lima.AddDays(30), "planner", "both offices signed"),
            new AdvanceInitiative("green-fast-track", InitiativeStatus.InProgress, Lima.AddDays(60), "planner", null),
            new AdvanceInitiative("green-fast-track", InitiativeStatus.Completed, Lima.AddDays(200), "wipo", "report delivered"),
        ]);

        var initiative = result.Dataset.ShouldNotBeNull().Initiatives.ShouldHaveSingleItem();
        initiative.Steps.Select(s => s.Status).ShouldBe([InitiativeStatus.Proposed, InitiativeStatus.Agreed, InitiativeStatus.InProgress, InitiativeStatus.Completed]);
        initiative.LastMoved().ShouldBe(Lima.AddDays(200));
        initiative.IsOpen().ShouldBeFalse();
    }

    [Fact]
    public void Apply_SkippingAStatus_IsRefusedNamingTheAllowedOnes()
    {
        var result = DatasetEditor.Apply(Proposed(), [new AdvanceInitiative("green-fast-track", InitiativeStatus.Completed, Lima.AddDays(1), "planner", null)]);

        result.Dataset.ShouldBeNull();
        result.Report.Errors.ShouldHaveSingleItem().Message
            .ShouldBe("initiative 'green-fast-track': cannot move from PROPOSED to COMPLETED: allowed are AGREED, DROPPED");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Apply_DropFromAnyOpenStatus_IsAllowed(int advances)
    {
        var path = new[] { InitiativeStatus.Agreed, InitiativeStatus.InProgress }.Take(advances)
            .Select((s, i) => (Change)new AdvanceInitiative("green-fast-track", s, Lima.AddDays(i + 1), "planner", null));

        var result = DatasetEditor.Apply(Proposed(), [.. path, new AdvanceInitiative("green-fast-track", InitiativeStatus.Dropped, Lima.AddDays(9), "planner", "no budget")]);

        result.Dataset.ShouldNotBeNull().Initiatives[0].Status().ShouldBe(InitiativeStatus.Dropped);
    }

    [Fact]
    public void Apply_AdvanceAFinalInitiative_SaysItIsFinal()
    {
        var dropped = DatasetEditor.Apply(Proposed(), [new AdvanceInitiative("green-fast-track", InitiativeStatus.Dropped, Lima.AddDays(1), "planner", null)]).Dataset!;

        var result = DatasetEditor.Apply(dropped, [new AdvanceInitiative("green-fast-track", InitiativeStatus.Agreed, Lima.AddDays(2), "planner", null)]);

        result.Report.Errors.ShouldHaveSingleItem().Message.ShouldContain("DROPPED is final");
    }

    [Fact]
    public void Apply_RepeatTheLastAdvance_ChangesNothing()
    {
        var agreed = DatasetEditor.Apply(Proposed(), [new AdvanceInitiative("green-fast-track", InitiativeStatus.Agreed, Lima.AddDays(1), "planner", "signed")]).Dataset!;

        var again = DatasetEditor.Apply(agreed, [new AdvanceInitiative("green-fast-track", InitiativeStatus.Agreed, Lima.AddDays(2), "planner", "signed")]);

        again.Dataset.ShouldNotBeNull().Version.ShouldBe(agreed.Version);
    }

    [Fact]
    public void Apply_AdvanceUnknownInitiative_IsRefused()
    {
        var result = DatasetEditor.Apply(SampleData.Small(), [new AdvanceInitiative("nothing", InitiativeStatus.Agreed, Lima, "planner", null)]);

        result.Report.Errors.ShouldHaveSingleItem().ShouldBe(new(CoopGraph.Domain.Validation.Severity.Error, "changes[0]", "unknown initiative 'nothing'"));
    }

    [Fact]
    public void Apply_AdvanceDatedBeforeTheLastStep_IsRefused()
    {
        var result = DatasetEditor.Apply(Proposed(), [new AdvanceInitiative("green-fast-track", InitiativeStatus.Agreed, Lima.AddDays(-1), "planner", null)]);

        result.Report.Errors.ShouldHaveSingleItem().Message.ShouldContain("before its last step");
    }

    [Fact]
    public void Apply_RemoveARequestAnInitiativeAnswers_IsRefusedNamingTheInitiative()
    {
        var result = DatasetEditor.Apply(Proposed(), [new RemoveRequest("ARG", "green-patents")]);

        result.Dataset.ShouldBeNull();
        result.Report.Errors.ShouldHaveSingleItem().Place.ShouldBe("$.initiatives[0].requestOffices[0]");
    }

    [Fact]
    public void Serialize_NoInitiatives_WritesTheFormatAsBefore()
    {
        var json = DatasetJson.Serialize(SampleData.Small());

        json.ShouldNotContain("initiatives");
    }

    [Fact]
    public void Serialize_WithInitiatives_RoundTripsEverything()
    {
        var agreed = DatasetEditor.Apply(Proposed(), [new AdvanceInitiative("green-fast-track", InitiativeStatus.Agreed, Lima.AddDays(1), "planner", "signed")]).Dataset!;

        var json = DatasetJson.Serialize(agreed);
        var back = DatasetJson.Parse(json).Dataset.ShouldNotBeNull();

        json.ShouldContain("\"status\": \"AGREED\"");
        back.Version.ShouldBe(agreed.Version);
        back.Initiatives.ShouldHaveSingleItem().Steps.Count.ShouldBe(2);
    }

    [Fact]
    public void Import_Merge_UpsertsInitiativesById()
    {
        var current = Proposed();
        var incoming = DatasetEditor.Apply(SampleData.Small(), [Propose(id: "second")]).Dataset!;

        var merged = DatasetEditor.Import(current, incoming, ImportMode.Merge).Dataset.ShouldNotBeNull();

        merged.Initiatives.Select(i => i.Id).ShouldBe(["green-fast-track", "second"]);
    }
}
