using System.Text.Json;
using CoopGraph.Domain;
using CoopGraph.Domain.Formats;

namespace CoopGraph.Server.Tests.Api.Types;

public sealed class MutationTests
{
    /// <summary>Every mutation with valid arguments (in an order in which each one applies to the Lima data).</summary>
    public static TheoryData<string, string> Mutations => new()
    {
        { "addRequest", "mutation { addRequest(input: { office: \"HND\", subject: \"%OFFERED%\", source: \"test\", confidence: HIGH }) { version changed } }" },
        { "addOffer", "mutation { addOffer(input: { office: \"HND\", subject: \"%UNMET%\", source: \"test\", confidence: MEDIUM }) { version changed } }" },
        { "removeRequest", "mutation { removeRequest(office: \"%REQ_OFFICE%\", subject: \"%REQ_SUBJECT%\") { version changed } }" },
        { "removeOffer", "mutation { removeOffer(office: \"%OFF_OFFICE%\", subject: \"%OFF_SUBJECT%\") { version changed } }" },
        { "upsertOffice", "mutation { upsertOffice(input: { code: \"BLZ\", name: \"Belize\", attended: false }) { version changed } }" },
        { "upsertSubject", "mutation { upsertSubject(input: { id: \"test-subject\", area: \"%AREA%\", name: \"Test\" }) { version changed } }" },
        { "importDataset", "mutation($content: String!) { importDataset(format: JSON, content: $content, mode: MERGE) { version changed } }" },
    };

    private static string Fill(string query)
    {
        var d = Lima.Dataset;
        var request = d.Requests.First(r => !d.FindSubject(r.Subject)!.CrossCutting);
        var offer = d.Offers[0];
        var offered = d.Offers.First(o => o.Office != "HND" && !d.Requests.Any(r => r.Office == "HND" && r.Subject == o.Subject)).Subject;
        var unmet = d.Subjects.First(s => !s.CrossCutting && Lima.Status(s.Id) == "UNMET" && !d.Offers.Any(o => o.Office == "HND" && o.Subject == s.Id)).Id;
        return query.Replace("%OFFERED%", offered).Replace("%UNMET%", unmet).Replace("%REQ_OFFICE%", request.Office).Replace("%REQ_SUBJECT%", request.Subject)
            .Replace("%OFF_OFFICE%", offer.Office).Replace("%OFF_SUBJECT%", offer.Subject).Replace("%AREA%", d.Areas[0].Id);
    }

    private static object Variables(string name) => name == "importDataset" ? new { content = DatasetJson.Serialize(Lima.Dataset with { Offices = [.. Lima.Dataset.Offices, new Office("BLZ", "Belize", [], null, false)] }) } : new { };

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Mutation_WithKey_AppliesAndPublishesNewVersion(string name, string query)
    {
        await using var server = new ServerUnderTest();
        var before = (await server.DataAsync("{ dataset { version } }")).GetProperty("dataset").GetProperty("version").GetString();
        var data = await server.DataAsync(Fill(query), Variables(name), ServerUnderTest.Key);
        var version = data.GetProperty(name).GetProperty("version").GetString();
        version.ShouldNotBe(before);
        data.GetProperty(name).GetProperty("changed").GetBoolean().ShouldBeTrue();
        (await server.DataAsync("{ dataset { version } }")).GetProperty("dataset").GetProperty("version").GetString().ShouldBe(version);
        var changes = await server.DataAsync("{ changes(first: 5) { nodes { actor kind version } } }", key: ServerUnderTest.Key);
        var last = changes.GetProperty("changes").GetProperty("nodes").EnumerateArray().Last();
        last.GetProperty("actor").GetString().ShouldBe("tester");
        last.GetProperty("version").GetString().ShouldBe(version);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Mutation_WithoutOrWithWrongKey_IsRefusedAndChangesNothing(string name, string query)
    {
        await using var server = new ServerUnderTest();
        var before = await server.DataAsync("{ dataset { version } }");
        foreach (var key in new[] { null, "wrong-key-0123456789abcdef" })
        {
            var response = await server.PostAsync(Fill(query), Variables(name), key);
            response.Status.ShouldBe(System.Net.HttpStatusCode.OK);
            response.Codes.ShouldBe(["UNAUTHORIZED"]);
            response.Json.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        (await server.DataAsync("{ dataset { version } }")).GetProperty("dataset").GetProperty("version").GetString()
            .ShouldBe(before.GetProperty("dataset").GetProperty("version").GetString());
    }

    [Fact]
    public async Task UpsertOffice_NonIsoCode_AppliesAndReportsTheWarning()
    {
        await using var server = new ServerUnderTest();

        var data = await server.DataAsync("mutation { upsertOffice(input: { code: \"EUIPO\", name: \"EU office\", attended: false }) { changed warnings } }", key: ServerUnderTest.Key);

        data.GetProperty("upsertOffice").GetProperty("changed").GetBoolean().ShouldBeTrue();
        data.GetProperty("upsertOffice").GetProperty("warnings").EnumerateArray().Select(w => w.GetString())
            .ShouldBe(["office code 'EUIPO' is not an ISO 3166-1 alpha-3 country code"]);
    }

    [Fact]
    public async Task AddOffer_ByAnOfficeThatRequestsIt_ReportsOnlyTheNewWarning()
    {
        await using var server = new ServerUnderTest();
        var request = Lima.Dataset.Requests.First(r => !Lima.Dataset.FindSubject(r.Subject)!.CrossCutting
            && !Lima.Dataset.Offers.Any(o => o.Office == r.Office && o.Subject == r.Subject));

        var data = await server.DataAsync(
            $"mutation {{ addOffer(input: {{ office: \"{request.Office}\", subject: \"{request.Subject}\", source: \"test\", confidence: LOW }}) {{ warnings }} }}",
            key: ServerUnderTest.Key);

        data.GetProperty("addOffer").GetProperty("warnings").EnumerateArray().Select(w => w.GetString())
            .ShouldBe([$"office '{request.Office}' both requests and offers subject '{request.Subject}'"]);
    }

    [Fact]
    public async Task AddOffer_CrossCuttingSubject_WarnsAndTheSubjectsStatusFollowsItsOffers()
    {
        await using var server = new ServerUnderTest();
        var subject = Lima.Dataset.Subjects.First(s => s.CrossCutting);
        var offerer = Lima.Dataset.Offices.First(o => !Lima.Dataset.Requests.Any(r => r.Office == o.Code && r.Subject == subject.Id)).Code;

        var data = await server.DataAsync(
            $"mutation {{ addOffer(input: {{ office: \"{offerer}\", subject: \"{subject.Id}\", source: \"test\", confidence: LOW }}) {{ warnings }} }}",
            key: ServerUnderTest.Key);
        var needs = await server.DataAsync($"{{ needsReport {{ crossCutting {{ subject {{ id }} }} subjects {{ subject {{ id }} status crossCutting }} }} }}");

        data.GetProperty("addOffer").GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!)
            .ShouldContain(w => w.Contains("cross-cutting", StringComparison.Ordinal));
        var report = needs.GetProperty("needsReport");
        report.GetProperty("crossCutting").EnumerateArray().ShouldNotContain(s => s.GetProperty("subject").GetProperty("id").GetString() == subject.Id);
        var entry = report.GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("subject").GetProperty("id").GetString() == subject.Id);
        (entry.GetProperty("status").GetString(), entry.GetProperty("crossCutting").GetBoolean()).ShouldBe(("FRAGILE", true));
    }

    [Fact]
    public async Task Mutation_NoKeysConfigured_IsRefusedWithHowToConfigure()
    {
        await using var server = new ServerUnderTest(new Dictionary<string, string?> { ["GraphQL:ApiKeys:tester"] = null });
        var response = await server.PostAsync("mutation { removeOffer(office: \"BRA\", subject: \"x\") { version } }", key: ServerUnderTest.Key);
        response.Codes.ShouldBe(["UNAUTHORIZED"]);
        response.Text.ShouldContain("GraphQL__ApiKeys__");
    }

    [Fact]
    public async Task AddRequest_UnknownSubject_InvalidInputNamingTheArgumentAndNothingChanged()
    {
        await using var server = new ServerUnderTest();
        var response = await server.PostAsync("mutation { addRequest(input: { office: \"HND\", subject: \"no-such-subject\", source: \"test\", confidence: HIGH }) { version } }", key: ServerUnderTest.Key);
        response.Codes.ShouldBe(["INVALID_INPUT"]);
        var issues = response.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("issues");
        issues.EnumerateArray().ShouldContain(i => i.GetProperty("place").GetString()!.StartsWith("input", StringComparison.Ordinal) && i.GetProperty("message").GetString()!.Contains("no-such-subject"));
        (await server.DataAsync("{ dataset { version } }")).GetProperty("dataset").GetProperty("version").GetString().ShouldBe(Lima.Dataset.Version);
    }

    [Fact]
    public async Task ImportDataset_InvalidJson_InvalidInputWithLineAndNothingChanged()
    {
        await using var server = new ServerUnderTest();
        var response = await server.PostAsync("mutation($c: String!) { importDataset(format: JSON, content: $c, mode: REPLACE) { version } }", new { c = "{\n  \"name\": " }, ServerUnderTest.Key);
        response.Codes.ShouldBe(["INVALID_INPUT"]);
        response.Text.ShouldContain("content:");
        (await server.DataAsync("{ dataset { version } }")).GetProperty("dataset").GetProperty("version").GetString().ShouldBe(Lima.Dataset.Version);
    }

    [Fact]
    public async Task AddOffer_ThenUnmetNeeds_SeesTheNewVersion()
    {
        await using var server = new ServerUnderTest();
        var subject = Lima.Dataset.Subjects.First(s => !s.CrossCutting && Lima.Status(s.Id) == "UNMET");
        var requesters = Lima.Dataset.Requests.Where(r => r.Subject == subject.Id).Select(r => r.Office).ToHashSet();
        var helpers = Lima.Dataset.Offices.Select(o => o.Code).Where(c => !requesters.Contains(c) && !Lima.Dataset.Offers.Any(o => o.Office == c && o.Subject == subject.Id)).Take(2).ToList();
        foreach (var helper in helpers)
        {
            await server.DataAsync("mutation($o: ID!, $s: ID!) { addOffer(input: { office: $o, subject: $s, source: \"test\", confidence: HIGH }) { version } }", new { o = helper, s = subject.Id }, ServerUnderTest.Key);
        }

        var data = await server.DataAsync("query($s: ID!) { unmetNeeds { subject { id } } subject(id: $s) { status } }", new { s = subject.Id });
        data.GetProperty("unmetNeeds").EnumerateArray().ShouldNotContain(n => n.GetProperty("subject").GetProperty("id").GetString() == subject.Id);
        data.GetProperty("subject").GetProperty("status").GetString().ShouldBe("COVERED");
    }

    [Fact]
    public async Task ConcurrentMutations_ManyWriters_NoUpdateIsLost()
    {
        await using var server = new ServerUnderTest();
        var offers = Lima.Dataset.Offices.SelectMany(o => Lima.Dataset.Subjects.Where(s => !s.CrossCutting).Select(s => (Office: o.Code, Subject: s.Id)))
            .Where(p => !Lima.Dataset.Offers.Any(o => o.Office == p.Office && o.Subject == p.Subject)).Take(24).ToList();
        var responses = await Task.WhenAll(offers.Select(p => server.PostAsync(
            "mutation($o: ID!, $s: ID!) { addOffer(input: { office: $o, subject: $s, source: \"concurrent\", confidence: LOW }) { version } }", new { o = p.Office, s = p.Subject }, ServerUnderTest.Key)));
        responses.ShouldAllBe(r => r.Codes.Count == 0);
        var data = await server.DataAsync("{ dataset { offerCount } changes(first: 100) { nodes { kind } } }");
        data.GetProperty("dataset").GetProperty("offerCount").GetInt32().ShouldBe(Lima.Dataset.Offers.Count + offers.Count);
        data.GetProperty("changes").GetProperty("nodes").EnumerateArray().Count(n => n.GetProperty("kind").GetString() == "addOffer").ShouldBe(offers.Count);
        responses.Select(r => r.Json.GetProperty("data").GetProperty("addOffer").GetProperty("version").GetString()).Distinct().Count().ShouldBe(offers.Count);
    }
}
