using System.Text.Json.Nodes;
using CoopGraph.Domain.Formats;
using CoopGraph.Domain.Validation;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Domain.Tests.Validation;

/// <summary>
/// data/coopgraph.schema.json is the documented contract; the streaming reader checks shape on its own and evaluates the
/// schema only to explain a failure. So on every sample, valid or not, the two must agree.
/// </summary>
public class SchemaAgreementTests
{
    public static TheoryData<string> Files => new()
    {
        "data/lima-2022.json",
        "bench/data/generated-200.json",
        "tests/reference/fixtures/sparse.dataset.json",
        "tests/reference/fixtures/dense.dataset.json",
        "tests/reference/fixtures/components.dataset.json",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Read_CommittedDataset_AgreesWithTheSchema(string file)
    {
        var json = File.ReadAllText(RepoPaths.Of(file.Split('/')));

        DatasetReader.Read(json).Dataset.ShouldNotBeNull();
        DatasetSchema.Accepts(json).ShouldBeTrue();
    }

    public static TheoryData<string> Mutations => new(Mutate.Keys);

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Read_MutatedSample_AgreesWithTheSchema(string mutation)
    {
        var node = JsonNode.Parse(DatasetJson.Serialize(SampleData.Small()))!.AsObject();
        Mutate[mutation](node);
        var json = node.ToJsonString();

        var read = DatasetReader.Read(json);

        (read.Dataset is not null).ShouldBe(DatasetSchema.Accepts(json), $"reader said: {read.Failure}");
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Read_WholeAndStreamed_SameDatasetOrSameProblemAtTheSamePlace(string mutation)
    {
        // Files up to DatasetJson.ReadWholeLimit are read whole, larger ones streamed: both must say the same.
        var node = JsonNode.Parse(DatasetJson.Serialize(SampleData.Small()))!.AsObject();
        Mutate[mutation](node);
        var bytes = System.Text.Encoding.UTF8.GetBytes(node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

        var whole = DatasetReader.Read(bytes);
        var streamed = DatasetReader.Read(new MemoryStream(bytes));

        // Line and column may differ: read whole, a bad value of a property outside the dataset's constructor ($schema,
        // rounds, initiatives) is reported where the object ends; the place names it either way.
        whole.Dataset?.Version.ShouldBe(streamed.Dataset?.Version);
        (whole.Place, whole.Failure).ShouldBe((streamed.Place, streamed.Failure));
    }

    [Fact]
    public void Parse_ShapeError_IsExplainedByTheSchemaWithItsPlace()
    {
        var node = JsonNode.Parse(DatasetJson.Serialize(SampleData.Small()))!.AsObject();
        node["requests"]![1]!["confidence"] = "High";
        node["offices"]![2]!["name"] = null;

        var result = DatasetJson.Parse(node.ToJsonString(), "bad.json");

        result.Report.Errors.Select(e => e.Place).ShouldBe(["$.offices[2].name", "$.requests[1].confidence"], ignoreOrder: true);
    }

    [Fact]
    public void Parse_WrongShapeTheSchemaAllows_StillNamesThePlace()
    {
        // 1.0 is the number 1 to JSON Schema but not an integer to the reader: the reader's own words, with its path.
        var json = DatasetJson.Serialize(SampleData.Small()).Replace("\"formatVersion\": 1", "\"formatVersion\": 1.0", StringComparison.Ordinal);

        var result = DatasetJson.Parse(json, "odd.json");

        result.Report.Errors.ShouldHaveSingleItem().Place.ShouldBe("$.formatVersion");
    }

    private static readonly Dictionary<string, Action<JsonObject>> Mutate = new()
    {
        ["unchanged"] = _ => { },
        ["$schema"] = n => n["$schema"] = "https://coopgraph.example/coopgraph.schema.json",
        ["$schema-not-string"] = n => n["$schema"] = 1,
        ["optional-fields-missing"] = n =>
        {
            n.Remove("source");
            n.Remove("networks");
            foreach (var o in n["offices"]!.AsArray())
            {
                o!.AsObject().Remove("aliases");
                o.AsObject().Remove("institution");
                o.AsObject().Remove("attended");
            }

            n["subjects"]![0]!.AsObject().Remove("request");
            n["subjects"]![0]!.AsObject().Remove("crossCutting");
            n["requests"]![0]!.AsObject().Remove("note");
            n["offers"]![0]!.AsObject().Remove("wording");
            n["networks"] = new JsonArray(new JsonObject { ["id"] = "x", ["name"] = "X" });
        },
        ["optional-text-null"] = n => n["source"] = null,
        ["missing-formatVersion"] = n => n.Remove("formatVersion"),
        ["missing-name"] = n => n.Remove("name"),
        ["missing-offices"] = n => n.Remove("offices"),
        ["missing-offers"] = n => n.Remove("offers"),
        ["formatVersion-2"] = n => n["formatVersion"] = 2,
        ["formatVersion-string"] = n => n["formatVersion"] = "1",
        ["name-empty"] = n => n["name"] = "",
        ["name-blank"] = n => n["name"] = " ",
        ["name-null"] = n => n["name"] = null,
        ["name-number"] = n => n["name"] = 3,
        ["root-extra"] = n => n["colour"] = "red",
        ["root-wrong-case"] = n => { n["Name"] = n["name"]!.DeepClone(); n.Remove("name"); },
        ["offices-null"] = n => n["offices"] = null,
        ["offices-object"] = n => n["offices"] = new JsonObject(),
        ["office-missing-code"] = n => n["offices"]![0]!.AsObject().Remove("code"),
        ["office-code-null"] = n => n["offices"]![0]!["code"] = null,
        ["office-extra"] = n => n["offices"]![0]!["colour"] = "blue",
        ["office-attended-string"] = n => n["offices"]![0]!["attended"] = "yes",
        ["office-attended-null"] = n => n["offices"]![0]!["attended"] = null,
        ["office-aliases-null"] = n => n["offices"]![0]!["aliases"] = null,
        ["office-alias-null"] = n => n["offices"]![0]!["aliases"]!.AsArray().Add(null),
        ["office-alias-number"] = n => n["offices"]![0]!["aliases"]!.AsArray().Add(7),
        ["office-institution-number"] = n => n["offices"]![0]!["institution"] = 7,
        ["area-missing-name"] = n => n["areas"]![0]!.AsObject().Remove("name"),
        ["subject-missing-area"] = n => n["subjects"]![0]!.AsObject().Remove("area"),
        ["subject-crossCutting-null"] = n => n["subjects"]![0]!["crossCutting"] = null,
        ["request-missing-source"] = n => n["requests"]![0]!.AsObject().Remove("source"),
        ["request-missing-confidence"] = n => n["requests"]![0]!.AsObject().Remove("confidence"),
        ["request-confidence-capitalised"] = n => n["requests"]![0]!["confidence"] = "High",
        ["request-confidence-number"] = n => n["requests"]![0]!["confidence"] = 0,
        ["request-confidence-unknown"] = n => n["requests"]![0]!["confidence"] = "sure",
        ["request-note-object"] = n => n["requests"]![0]!["note"] = new JsonObject(),
        ["request-extra"] = n => n["requests"]![0]!["wording"] = "x",
        ["offer-wording-number"] = n => n["offers"]![0]!["wording"] = 1,
        ["offer-office-null"] = n => n["offers"]![0]!["office"] = null,
        ["network-missing-id"] = n => n["networks"]![0]!.AsObject().Remove("id"),
        ["network-member-null"] = n => n["networks"]![0]!["members"]!.AsArray().Add(null),
        ["network-members-string"] = n => n["networks"]![0]!["members"] = "ARG",
        ["root-empty"] = n => n.Clear(),
        ["initiative-valid"] = n => n["initiatives"] = new JsonArray(Initiative()),
        ["initiatives-null"] = n => n["initiatives"] = null,
        ["initiative-round-null"] = n => n["initiatives"] = new JsonArray(Initiative(i => i["round"] = null)),
        ["initiative-missing-steps"] = n => n["initiatives"] = new JsonArray(Initiative(i => i.Remove("steps"))),
        ["initiative-missing-title"] = n => n["initiatives"] = new JsonArray(Initiative(i => i.Remove("title"))),
        ["initiative-extra"] = n => n["initiatives"] = new JsonArray(Initiative(i => i["status"] = "PROPOSED")),
        ["initiative-office-null"] = n => n["initiatives"] = new JsonArray(Initiative(i => i["offerOffices"]!.AsArray().Add(null))),
        ["initiative-offices-string"] = n => n["initiatives"] = new JsonArray(Initiative(i => i["requestOffices"] = "ARG")),
        ["step-status-lower-case"] = n => n["initiatives"] = new JsonArray(Initiative(i => i["steps"]![0]!["status"] = "proposed")),
        ["step-status-unknown"] = n => n["initiatives"] = new JsonArray(Initiative(i => i["steps"]![0]!["status"] = "STALLED")),
        ["step-missing-at"] = n => n["initiatives"] = new JsonArray(Initiative(i => i["steps"]![0]!.AsObject().Remove("at"))),
        ["step-missing-actor"] = n => n["initiatives"] = new JsonArray(Initiative(i => i["steps"]![0]!.AsObject().Remove("actor"))),
        ["step-at-number"] = n => n["initiatives"] = new JsonArray(Initiative(i => i["steps"]![0]!["at"] = 2022)),
        ["step-extra"] = n => n["initiatives"] = new JsonArray(Initiative(i => i["steps"]![0]!["by"] = "x")),
        ["rounds-two"] = n => n["rounds"] = Rounds(),
        ["rounds-null"] = n => n["rounds"] = null,
        ["round-kind-unknown"] = n => { n["rounds"] = Rounds(); n["rounds"]![0]!["kind"] = "poll"; },
        ["round-kind-follow-up"] = n => { n["rounds"] = Rounds(); n["rounds"]![1]!["kind"] = "follow-up"; },
        ["round-missing-date"] = n => { n["rounds"] = Rounds(); n["rounds"]![0]!.AsObject().Remove("date"); },
        ["round-date-number"] = n => { n["rounds"] = Rounds(); n["rounds"]![0]!["date"] = 2022; },
        ["round-extra"] = n => { n["rounds"] = Rounds(); n["rounds"]![0]!["colour"] = "red"; },
        ["citation-line-string"] = n => { n["rounds"] = Rounds(); n["rounds"]![1]!["citations"]![0]!["line"] = "12"; },
        ["citation-missing-line"] = n => { n["rounds"] = Rounds(); n["rounds"]![1]!["citations"]![0]!.AsObject().Remove("line"); },
    };

    // An initiative of SampleData.Small(): Brazil helps Argentina with green patents.
    private static JsonObject Initiative(Action<JsonObject>? change = null)
    {
        var initiative = new JsonObject
        {
            ["id"] = "green-fast-track",
            ["title"] = "Brazil shares its green fast track",
            ["subject"] = "green-patents",
            ["requestOffices"] = new JsonArray("ARG"),
            ["offerOffices"] = new JsonArray("BRA"),
            ["steps"] = new JsonArray(new JsonObject { ["status"] = "PROPOSED", ["at"] = "2022-10-20T00:00:00+00:00", ["actor"] = "lima-2022", ["note"] = "table" }),
        };
        change?.Invoke(initiative);
        return initiative;
    }

    private static JsonArray Rounds() => JsonNode.Parse("""
        [{"id": "s", "name": "Survey", "date": "2022-04", "kind": "survey", "requests": [], "offers": []},
         {"id": "m", "name": "Meeting", "date": "2022-10-04", "kind": "meeting",
          "citations": [{"role": "request", "office": "ARG", "subject": "green-patents", "line": 3, "quote": null}]}]
        """)!.AsArray();
}
