namespace CoopGraph.Server.Tests.Api.Types;

/// <summary>Bad mutations come back as INVALID_INPUT naming the place, and change nothing.</summary>
public sealed class MutationErrorTests
{
    private const string Header = "office,subject,role,area,source,confidence,note,wording\n";

    public static TheoryData<string, string, string, string> Imports => new()
    {
        { "JSON", "", "content:1:1", "invalid JSON" },
        { "JSON", "[]", "$", "should be \"object\"" },
        { "JSON", "{}", "$", "Required properties" },
        { "JSON", "{\"formatVersion\": 1, \"name\": \"x\", \"offices\": [{\"code\": \"xx\"}], \"areas\": [], \"subjects\": [], \"requests\": [], \"offers\": []}", "$.offices[0]", "Required properties [\"name\"]" },
        { "CSV", "", "content:1:1", "empty file" },
        { "CSV", "office,subject\n\"BRA,x", "content:2:1", "quoted field is not closed" },
        { "CSV", "not,a,header\n1,2,3", "content:1:1", "unknown column 'not'" },
        { "CSV", Header + "ZZZ,green-patents,offer,policy,t,high,,\n", "content:2:1", "unknown office 'ZZZ'" },
        { "CSV", Header + "BRA,green-patents,gives,policy,t,sure,,\n", "content:2:19", "role must be 'request' or 'offer', not 'gives'" },
    };

    public static TheoryData<string, string, string> Changes => new()
    {
        { "mutation { upsertOffice(input: { code: \"br\", name: \"Brazil\", attended: true }) { version } }", "input.code", "must be 2 to 16 characters: an upper-case letter, then upper-case letters, digits" },
        { "mutation { upsertOffice(input: { code: \"\", name: \"\", attended: true }) { version } }", "input.name", "name is empty" },
        { "mutation { upsertOffice(input: { code: \"BLZ\", name: \"Belize\", aliases: [\" \"], attended: false }) { version } }", "input.aliases[0]", "alias is empty" },
        { "mutation { upsertSubject(input: { id: \"Not Kebab\", area: \"no-such-area\", name: \"x\" }) { version } }", "input.area", "unknown area 'no-such-area'" },
        { "mutation { removeRequest(office: \"ZZZ\", subject: \"no-such-subject\") { version } }", "office", "office 'ZZZ' does not request subject 'no-such-subject'" },
        { "mutation { removeRequest(office: \"\", subject: \"\") { version } }", "office", "does not request" },
        { "mutation { removeOffer(office: \"HND\", subject: \"green-patents\") { version } }", "office", "office 'HND' does not offer subject 'green-patents'" },
        { "mutation { removeOffer(office: \"BRA\", subject: \"no-such-subject\") { version } }", "subject", "office 'BRA' does not offer subject 'no-such-subject'" },
        { "mutation { removeRequest(office: \"HND\", subject: \"no-such-subject\") { version } }", "subject", "office 'HND' does not request subject 'no-such-subject'" },
        { "mutation { removeOffer(office: \"ZZZ\", subject: \"green-patents\") { version } }", "office", "office 'ZZZ' does not offer subject 'green-patents'" },
        { "mutation { addOffer(input: { office: \"BRA\", subject: \"no-such-subject\", source: \"t\", confidence: LOW }) { version } }", "input.subject", "no-such-subject" },
        { "mutation { addRequest(input: { office: \"ZZZ\", subject: \"green-patents\", source: \"t\", confidence: LOW }) { version } }", "input.office", "ZZZ" },
        { "mutation { addRequest(input: { office: \"HND\", subject: \"green-patents\", source: \" \", confidence: LOW }) { version } }", "input.source", "source is empty" },
    };

    [Theory]
    [MemberData(nameof(Imports))]
    public async Task ImportDataset_MalformedContent_InvalidInputNamingThePlaceAndNothingChanged(string format, string content, string place, string message)
    {
        await using var server = new ServerUnderTest();
        var trail = await Trail(server);
        var response = await server.PostAsync($"mutation($c: String!) {{ importDataset(format: {format}, content: $c, mode: REPLACE) {{ version }} }}", new { c = content }, ServerUnderTest.Key);
        ShouldBeInvalid(response, place, message);
        (await Trail(server)).ShouldBe(trail);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Change_InvalidArgument_InvalidInputNamingThePlaceAndNothingChanged(string mutation, string place, string message)
    {
        await using var server = new ServerUnderTest();
        var trail = await Trail(server);
        ShouldBeInvalid(await server.PostAsync(mutation, key: ServerUnderTest.Key), place, message);
        (await Trail(server)).ShouldBe(trail);
    }

    [Fact]
    public async Task Office_EmptyCode_IsNotFoundEvenAfterAnUpsertWithAliases()
    {
        await using var server = new ServerUnderTest();
        await server.DataAsync("mutation { upsertOffice(input: { code: \"BLZ\", name: \"Belize\", aliases: [\"Belice\"], attended: false }) { version } }", key: ServerUnderTest.Key);
        (await server.DataAsync("{ office(code: \"belice\") { code } }")).GetProperty("office").GetProperty("code").GetString().ShouldBe("BLZ");
        (await server.PostAsync("{ office(code: \"\") { code } }")).Codes.ShouldBe(["NOT_FOUND"]);
    }

    private static void ShouldBeInvalid(ServerUnderTest.Response response, string place, string message)
    {
        response.Status.ShouldBe(System.Net.HttpStatusCode.OK);
        response.Codes.ShouldBe(["INVALID_INPUT"], response.Text);
        var issues = response.Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("issues").EnumerateArray().ToList();
        issues.ShouldContain(i => i.GetProperty("place").GetString() == place && i.GetProperty("message").GetString()!.Contains(message, StringComparison.Ordinal), response.Text);
    }

    /// <summary>The served version and the audit trail's length: both stay put when nothing changed.</summary>
    private static async Task<(string?, int)> Trail(ServerUnderTest server)
    {
        var data = await server.DataAsync("{ dataset { version } changes(first: 100) { nodes { kind } } }");
        return (data.GetProperty("dataset").GetProperty("version").GetString(), data.GetProperty("changes").GetProperty("nodes").GetArrayLength());
    }
}
