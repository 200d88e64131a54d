using System.Net;
using System.Text;

namespace CoopGraph.Server.Tests.Api.Http;

/// <summary>
/// The classes of the hostile-input run (issue 15): each is refused with a code before validation can run away, on
/// loopback in process. Sizes are those of the reports where they fit the request limit, else the largest that does.
/// </summary>
[Trait("Category", "Hostile")]
public sealed class HostileQueryTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    private ServerUnderTest Server => fixture.Server;

    [Theory]
    [InlineData(20)]
    [InlineData(39)]
    public async Task Post_FragmentExplosion_IsRefusedAsTooManyFields(int k)
    {
        var query = new StringBuilder("fragment F0 on Office { code name } ");
        for (var i = 1; i <= k; i++)
        {
            query.Append(System.Globalization.CultureInfo.InvariantCulture, $"fragment F{i} on Office {{ ...F{i - 1} ...F{i - 1} }} ");
        }

        query.Append(System.Globalization.CultureInfo.InvariantCulture, $"{{ office(code: \"BRA\") {{ ...F{k} }} }}");

        await ShouldBeRefusedAsync(query.ToString(), HttpStatusCode.BadRequest, "TOO_MANY_FIELDS");
    }

    [Fact]
    public async Task Post_TwoMebibytesOfTypename_IsRefusedAsTooLarge()
    {
        var query = "{" + string.Concat(Enumerable.Repeat(" __typename", 190_000)) + " }";

        await ShouldBeRefusedAsync(query, HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE");
    }

    [Fact]
    public async Task Post_DocumentLongerThanTheDocumentLimit_IsRefusedAsDocumentTooLarge()
    {
        var query = "{" + string.Concat(Enumerable.Repeat(" dataset { version }", 16_000)) + " }";

        await ShouldBeRefusedAsync(query, HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE");
    }

    [Fact]
    public async Task Post_ManySmallTokens_IsRefusedAsTooManyTokens()
    {
        var query = "{" + string.Concat(Enumerable.Repeat(" a", 20_000)) + " }";

        await ShouldBeRefusedAsync(query, HttpStatusCode.BadRequest, "TOO_MANY_TOKENS");
    }

    [Fact]
    public async Task Post_ThousandsOfRepeatedFields_IsRefusedAsTooManyFields()
    {
        var query = "{" + string.Concat(Enumerable.Range(0, 2_100).Select(i => $" d{i}: __typename")) + " }";

        await ShouldBeRefusedAsync(query, HttpStatusCode.BadRequest, "TOO_MANY_FIELDS", "TOO_MANY_ALIASES");
    }

    [Fact]
    public async Task Post_ManyDirectivesOnOneField_IsRefusedAsTooManyDirectives()
    {
        var query = "{ dataset" + string.Concat(Enumerable.Repeat(" @include(if: true)", 40)) + " { version } }";

        await ShouldBeRefusedAsync(query, HttpStatusCode.BadRequest, "TOO_MANY_DIRECTIVES");
    }

    [Fact]
    public async Task Post_TwentyThousandIncludes_IsRefusedBeforeValidation()
    {
        var query = "{ dataset" + string.Concat(Enumerable.Repeat(" @include(if: true)", 20_000)) + " { version } }";

        await ShouldBeRefusedAsync(query, HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE");
    }

    [Theory]
    [InlineData(5_000, "DOCUMENT_TOO_LARGE")]
    [InlineData(500, "TOO_MANY_FRAGMENTS")]
    [InlineData(40, "FRAGMENTS_TOO_DEEP")]
    public async Task Post_LongFragmentSpreadChain_IsRefused(int length, string code)
    {
        var query = new StringBuilder("{ office(code: \"BRA\") { ...F0 } } ");
        for (var i = 0; i < length; i++)
        {
            query.Append(System.Globalization.CultureInfo.InvariantCulture, $"fragment F{i} on Office {{ code ...F{i + 1} }} ");
        }

        query.Append(System.Globalization.CultureInfo.InvariantCulture, $"fragment F{length} on Office {{ name }}");

        await ShouldBeRefusedAsync(query.ToString(), HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task Post_OneAliasOnManyDifferentFields_IsRefusedAsTooManyAliases()
    {
        var query = "{" + string.Concat(Enumerable.Range(0, 1_200).Select(i => $" a: office(code: \"X{i}\") {{ code }}")) + " }";

        await ShouldBeRefusedAsync(query, HttpStatusCode.BadRequest, "TOO_MANY_ALIASES");
    }

    [Fact]
    public async Task Post_OneResponseNameRepeatedWithDifferentArguments_IsRefusedAsRepeatedField()
    {
        var query = "{" + string.Concat(Enumerable.Range(0, 600).Select(i => $" office(code: \"X{i}\") {{ code }}")) + " }";

        await ShouldBeRefusedAsync(query, HttpStatusCode.BadRequest, "FIELD_REPEATED");
    }

    [Fact]
    public async Task Post_ManyConflictingFieldsWithinLimits_ErrorsAreCapped()
    {
        // Fifteen offices under one response name: within every limit, 105 conflicts, of which the answer carries the
        // first few and says that the rest were left out.
        var query = "{" + string.Concat(Enumerable.Range(0, 15).Select(i => $" office(code: \"X{i}\") {{ code }}")) + " }";

        var response = await ShouldBeRefusedAsync(query, HttpStatusCode.BadRequest, "FIELDS_CONFLICT", "OVERLAPPING_FIELDS_CAN_BE_MERGED", "TOO_MANY_ERRORS");

        response.Codes.Count.ShouldBeLessThanOrEqualTo(21);
        response.Codes[^1].ShouldBe("TOO_MANY_ERRORS");
    }

    [Theory]
    [InlineData("centrality(metric: BETWEENNESS, top: {0}) {{ metric }}", 200)]
    [InlineData("paths(from: \"BRA\", to: \"HND\", k: {1}) {{ noPathReason }}", 200)]
    [InlineData("whatIf(removeOffices: [\"BRA\"]) {{ scenarioVersion }}", 60)]
    [InlineData("matchPlan(capacity: {0}) {{ assigned }}", 200)]
    [InlineData("network(view: BIPARTITE) {{ nodes {{ id }} }}", 100)]
    public async Task Post_ManyAliasesOfAnAnalyticField_IsRefusedAsTooComplex(string field, int count)
    {
        var query = "{" + string.Concat(Enumerable.Range(0, count).Select(i => $" a{i}: " + string.Format(System.Globalization.CultureInfo.InvariantCulture, field, i, i % 20 + 1))) + " }";

        await ShouldBeRefusedAsync(query, HttpStatusCode.BadRequest, "MAX_COMPLEXITY_EXCEEDED");
    }

    [Fact]
    public async Task Post_InvalidUtf8Body_IsRefusedWithBadRequest()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"query\": \"{ dataset { name } }\", \"operationName\": \"X\"}");
        bytes[^4] = 0xC3; // a lead byte without its continuation
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");

        var response = await Server.SendAsync(request);

        response.Status.ShouldBe(HttpStatusCode.BadRequest);
        response.Codes.ShouldBe(["BAD_REQUEST"]);
        response.Text.ShouldContain("UTF-8");
    }

    [Fact]
    public async Task Post_BodyWithUtf8ByteOrderMark_IsAnswered()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"query\": \"{ dataset { version } }\"}")).ToArray();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");

        var response = await Server.SendAsync(request);

        response.Status.ShouldBe(HttpStatusCode.OK, response.Text);
    }

    private async Task<ServerUnderTest.Response> ShouldBeRefusedAsync(string query, HttpStatusCode status, params string[] codes)
    {
        var response = await Server.PostAsync(query);
        response.Status.ShouldBe(status, response.Text.Length > 600 ? response.Text[..600] : response.Text);
        response.Codes.ShouldNotBeEmpty();
        response.Codes.ShouldAllBe(code => codes.Contains(code), response.Text.Length > 600 ? response.Text[..600] : response.Text);
        return response;
    }
}
