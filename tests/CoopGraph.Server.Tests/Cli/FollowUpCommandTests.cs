using System.Text.Json;
using CoopGraph.Domain.Changes;
using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Initiatives;

namespace CoopGraph.Server.Tests.Cli;

public sealed class FollowUpCommandTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"coopgraph-followup-{Guid.NewGuid():N}.json");

    public FollowUpCommandTests()
    {
        var d = Lima.Dataset;
        var (subject, requester, offerer) = d.Requests.Where(r => !d.FindSubject(r.Subject)!.CrossCutting)
            .SelectMany(r => d.Offers.Where(o => o.Subject == r.Subject && o.Office != r.Office).Select(o => (r.Subject, r.Office, o.Office))).First();
        Requester = requester;
        var with = DatasetEditor.Apply(d,
            [new ProposeInitiative("lima-first", "First", subject, [requester], [offerer], null, new DateTimeOffset(2022, 10, 6, 0, 0, 0, TimeSpan.Zero), "lima", null)]).Dataset!;
        File.WriteAllText(_file, DatasetJson.Serialize(with));
    }

    private string Requester { get; }

    [Fact]
    public void FollowUp_Json_ReportsStalledDaysToAsOf()
    {
        var run = CliRun.Of("followup", "--data", _file, "--as-of", "2023-01-14", "--stalled-days", "100", "--format", "json");

        run.ExitCode.ShouldBe(0, run.Error);
        var json = JsonDocument.Parse(run.Output).RootElement;
        var stalled = json.GetProperty("stalled").EnumerateArray().ShouldHaveSingleItem();
        stalled.GetProperty("daysSince").GetInt32().ShouldBe(100);
        stalled.GetProperty("initiative").GetProperty("steps")[0].GetProperty("status").GetString().ShouldBe("PROPOSED");
        json.GetProperty("needsWithoutInitiative").GetArrayLength().ShouldBe(Lima.Dataset.Requests.Count - 1);
    }

    [Fact]
    public void FollowUp_MarkdownForOneOffice_IsAPrintableListOfItsNeeds()
    {
        var run = CliRun.Of("followup", "--data", _file, "--as-of", "2022-11-01", "--office", Requester);

        run.ExitCode.ShouldBe(0, run.Error);
        run.Output.ShouldContain("## Needs without an initiative");
        run.Output.ShouldContain("## Stalled initiatives\n\nNone.");
        run.Output.ShouldContain($"({Requester})");
    }

    [Fact]
    public void FollowUp_SurveyRound_ListsTheSurveysRequestsAndNamesTheRound()
    {
        // The initiative was proposed with no round named: it counts as the latest round's, so not yet at the survey.
        var json = CliRun.Of("followup", "--data", _file, "--round", "survey-2022-04", "--format", "json");
        var markdown = CliRun.Of("followup", "--data", _file, "--round", "survey-2022-04");

        json.ExitCode.ShouldBe(0, json.Error);
        var survey = Lima.Dataset.AtRound("survey-2022-04");
        survey.Requests.Count.ShouldNotBe(Lima.Dataset.Requests.Count);
        JsonDocument.Parse(json.Output).RootElement.GetProperty("needsWithoutInitiative").GetArrayLength().ShouldBe(survey.Requests.Count);
        markdown.Output.ShouldStartWith($"# Follow-up of {Lima.Dataset.Name} at round survey-2022-04, ");
    }

    [Theory]
    [InlineData("--round", "lima-2023", "--round")]
    [InlineData("--stalled-days", "-1", "--stalled-days")]
    [InlineData("--as-of", "next tuesday", "--as-of")]
    [InlineData("--office", "Atlantis", "--office")]
    [InlineData("--area", "nowhere", "--area")]
    public void FollowUp_BadOption_FailsNamingIt(string option, string value, string named)
    {
        var run = CliRun.Of("followup", "--data", _file, option, value);

        run.ExitCode.ShouldBe(1);
        run.Error.Split('\n').ShouldContain(l => l.StartsWith(named + ":", StringComparison.Ordinal));
    }

    public void Dispose() => File.Delete(_file);
}
