using CoopGraph.Domain.Changes;

namespace CoopGraph.Domain.Tests.Changes;

public class DatasetEditorTests
{
    [Fact]
    public void Apply_ValidBatch_ReturnsEditedDataset()
    {
        var d = SampleData.Small();

        var result = DatasetEditor.Apply(d,
        [
            new AddOffer(new Offer("MEX", "gender", null, "api", Confidence.High, null)),
            new RemoveRequest("ARG", "green-patents"),
        ]);

        result.Dataset.ShouldNotBeNull();
        result.Dataset.Offers.ShouldContain(o => o.Office == "MEX" && o.Subject == "gender");
        result.Dataset.Requests.ShouldNotContain(r => r.Office == "ARG" && r.Subject == "green-patents");
        d.Requests.ShouldContain(r => r.Office == "ARG" && r.Subject == "green-patents");
    }

    [Fact]
    public void Apply_InvalidChangeInBatch_NamesTheChangeAndReturnsNoDataset()
    {
        var result = DatasetEditor.Apply(SampleData.Small(),
        [
            new AddOffer(new Offer("MEX", "gender", null, "api", Confidence.High, null)),
            new AddRequest(new Request("ZZZ", "gender", "api", Confidence.High, null)),
            new RemoveOffer("ARG", "gender"),
        ]);

        result.Dataset.ShouldBeNull();
        result.Report.Errors.Select(e => e.Place).ShouldBe(["changes[2]", "changes[1].office"], ignoreOrder: true);
    }

    [Fact]
    public void Apply_UpsertOffice_ReplacesByCode()
    {
        var result = DatasetEditor.Apply(SampleData.Small(), [new UpsertOffice(new Office("BRA", "Brasil", [], "INPI", true))]);

        result.Dataset!.Offices.Count.ShouldBe(SampleData.Small().Offices.Count);
        result.Dataset.FindOffice("BRA")!.Institution.ShouldBe("INPI");
    }

    [Fact]
    public void Import_Merge_UpsertsByKeyAndKeepsTheRest()
    {
        var current = SampleData.Small();
        var incoming = Dataset.Empty("x") with
        {
            Offices = [new Office("PER", "Peru", [], null, true)],
            Requests = [new Request("PER", "gender", "x#1", Confidence.Low, null)],
        };

        var merged = DatasetEditor.Import(current, incoming, ImportMode.Merge).Dataset!;

        merged.Offices.Select(o => o.Code).ShouldBe(["ARG", "BRA", "MEX", "PER"]);
        merged.Requests.Count.ShouldBe(current.Requests.Count + 1);
        merged.Name.ShouldBe(current.Name);
    }

    [Fact]
    public void Import_ReplaceWithInvalidDataset_ReturnsErrors()
    {
        var incoming = Dataset.Empty("x") with { Requests = [new Request("PER", "gender", "x#1", Confidence.Low, null)] };

        var result = DatasetEditor.Import(SampleData.Small(), incoming, ImportMode.Replace);

        result.Dataset.ShouldBeNull();
        result.Report.Errors.Select(e => e.Place).ShouldBe(["$.requests[0].office", "$.requests[0].subject"]);
    }
}
