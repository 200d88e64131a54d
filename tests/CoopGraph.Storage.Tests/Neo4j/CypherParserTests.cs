using System.Text.Json;
using System.Text.RegularExpressions;
using CoopGraph.Domain;
using CoopGraph.Domain.Changes;
using CoopGraph.Domain.Initiatives;
using CoopGraph.Storage.Neo4j;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Storage.Tests.Neo4j;

/// <summary>
/// Every Cypher text CoopGraph can send or write, read by Neo4j's own parser (<see cref="CypherLint"/>) with its
/// parameters declared: the store's statements (recorded as sent), the files in cypher/, and exported scripts whose
/// dataset text is hostile.
/// </summary>
public sealed partial class CypherParserTests
{
    /// <summary>Line terminators Neo4j's lexer (and cypher-shell, editors, terminals) may end a line or comment on.</summary>
    private static readonly string[] Terminators = ["\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\u000B", "\u000C"];

    [Fact]
    public void Run_BrokenStatementAndUndeclaredParameter_AreReported()
    {
        var results = CypherLint.Run([
            new("broken", "MATCH (n RETURN n", []),
            new("undeclared", "MATCH (n {code: $code}) RETURN n", []),
            new("declared", "MATCH (n {code: $code}) RETURN n;\nRETURN 1", ["code"]),
        ]);

        results[0].Errors.ShouldNotBeEmpty();
        results[1].Errors.ShouldContain(d => d.Message.Contains("$code"));
        results[2].Errors.ShouldBeEmpty();
        results[2].Statements.ShouldBe(2);
    }

    /// <summary>
    /// cypher/schema.cypher and cypher/queries.cypher are linted in full. The generated cypher/lima-2022.cypher (336
    /// statements) is split by the parser, and one statement of each shape (string and number literals blanked) is linted in full:
    /// linting all of them costs a CPU-minute, and statements of one shape differ only in escaped literals, which the
    /// hostile-text test covers.
    /// </summary>
    [Fact]
    public void CypherFiles_Each_ParseWithoutErrors()
    {
        var files = Directory.GetFiles(RepoPaths.Of("cypher"), "*.cypher").Order(StringComparer.Ordinal).ToList();
        files.Select(Path.GetFileName).ShouldBe(["lima-2022.cypher", "queries.cypher", "schema.cypher"]);
        var script = File.ReadAllText(files[0]);
        var split = CypherLint.Run([new("lima-2022.cypher", script, [], Lint: false)]).Single();
        var shapes = split.Texts.DistinctBy(t => CypherLiteral().Replace(t, "''")).ToList();
        // queries.cypher declares its parameters in its header; the other files take none.
        var queries = new List<CypherQuery>
        {
            new("queries.cypher", File.ReadAllText(files[1]), ["office", "subject", "from", "to"]),
            new("schema.cypher", File.ReadAllText(files[2]), []),
        };
        queries.AddRange(shapes.Select((t, i) => new CypherQuery($"lima-2022.cypher shape {i}", t, [])));

        var results = CypherLint.Run(queries);

        split.Statements.ShouldBe(script.Split('\n').Count(l => l.EndsWith(';')));
        shapes.Count.ShouldBeInRange(5, 30);
        results.ShouldAllBe(r => r.Statements > 0);
        results.SelectMany(r => r.Errors.Select(e => $"{r.Name}:{e}")).ShouldBeEmpty();
        results.Single(r => r.Name == "schema.cypher").Statements.ShouldBe(Neo4jGraphStore.SchemaStatements.Count);
    }

    [Fact]
    public void Write_HostileTextInEveryTextField_KeepsEveryStatementAndParses()
    {
        var sample = WithInitiative(TestData.Small(), "green");
        var baseline = CypherScript.Write(sample);
        // Every terminator in one value per field; then quotes and a trailing backslash.
        var terminators = string.Concat(Terminators.Select(t => $"lima{t}MATCH (n) DETACH DELETE n;// "));
        var queries = new List<CypherQuery> { new("baseline", baseline, [], Lint: false) };
        foreach (var (field, set) in TextFields)
        {
            queries.Add(new($"{field} with line terminators", CypherScript.Write(set(sample, terminators)), [], Lint: false));
            queries.Add(new($"{field} with quotes", CypherScript.Write(set(sample, "x'}) DETACH DELETE n; //\\")), [], Lint: false));
        }

        var split = CypherLint.Run(queries);

        var expected = split[0].Texts;
        expected.Count.ShouldBeGreaterThan(10);
        split.Where(r => r.Statements != expected.Count).Select(r => $"{r.Name}: {r.Statements} statements, not {expected.Count}").ShouldBeEmpty();
        // The statements that carry the hostile text, linted in full: each one is still one valid statement.
        var changed = split.Skip(1).SelectMany(r => r.Texts.Where(t => !expected.Contains(t)).Select(t => (r.Name, Text: t)))
            .DistinctBy(x => x.Text).Select((x, i) => new CypherQuery($"{x.Name} #{i}", x.Text, [])).ToList();
        changed.Count.ShouldBeGreaterThanOrEqualTo(TextFields.Length * 2);
        var linted = CypherLint.Run(changed);
        linted.Where(r => r.Statements != 1 || r.Errors.Any()).Select(r => $"{r.Name}: {r.Statements} statements; {string.Join("; ", r.Errors)}").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void Write_DatasetNameWithALineTerminator_NeverReachesAComment(string terminator)
    {
        var script = CypherScript.Write(TestData.Small() with { Name = $"lima{terminator}MATCH (n) DETACH DELETE n;//" });

        script.Split('\n').Where(l => l.StartsWith("//", StringComparison.Ordinal)).ShouldAllBe(l => !l.Contains("lima", StringComparison.Ordinal));
        script.ShouldNotContain(terminator);
    }

    [Fact]
    public async Task StoreStatements_EveryOperation_ParseWithoutErrors()
    {
        var handler = new RecordedQueryApiHandler(Answer);
        var store = new Neo4jGraphStore(new QueryApiClient(new HttpClient(handler), new() { Uri = "http://neo4j.test:7474", Password = "pw" }));
        var ct = TestContext.Current.CancellationToken;
        var small = TestData.Small();

        await store.LoadAsync(ct);
        await store.ImportAsync(small, ImportMode.Replace, "tester", null, ct);
        await store.ImportAsync(small, ImportMode.Merge, "tester", null, ct);
        await store.ImportAsync(WithInitiative(small, "green"), ImportMode.Replace, "tester", null, ct);
        await store.ImportAsync(TestData.Lima, ImportMode.Replace, "tester", null, ct); // with rounds
        await store.ApplyAsync([new UpsertOffice(new Office("PER", "Peru", [], null, true))], "tester", null, ct);
        await store.HistoryAsync(10, 0, ct);
        await store.CheckAsync(ct);
        await store.WriteSupportEdgesAsync([new SupportEdge("ARG", "BRA", 1, ["green-patents"])], ct);
        await store.WriteOfficeScoresAsync(new Dictionary<string, IReadOnlyDictionary<string, double>> { ["ARG"] = new Dictionary<string, double> { ["pageRank"] = 0.5 } }, ct);

        var sent = handler.Requests.Where(r => r.Statement is not null)
            .GroupBy(r => r.Statement!, StringComparer.Ordinal)
            .Select(g => new CypherQuery(g.Key, g.Key, [.. g.SelectMany(ParameterNames).Distinct(StringComparer.Ordinal)]))
            .ToList();
        var results = CypherLint.Run(sent);

        results.SelectMany(r => r.Errors.Select(e => $"{r.Name}\n  {e}")).ShouldBeEmpty();
        results.ShouldAllBe(r => r.Statements == 1);
        // Honesty: every Cypher text in the store's source was among the statements sent, so none escaped the parser.
        UnsentCypher(sent.Select(q => q.Query).ToList()).ShouldBeEmpty();
    }

    /// <summary>Each text field of a dataset, as a setter of one value (the others keep their test values).</summary>
    private static readonly (string Field, Func<Dataset, string, Dataset> Set)[] TextFields =
    [
        ("name", (d, v) => d with { Name = v }),
        ("source", (d, v) => d with { Source = v }),
        ("offices.code", (d, v) => d with { Offices = [d.Offices[0] with { Code = v }, .. d.Offices.Skip(1)] }),
        ("offices.name", (d, v) => d with { Offices = [d.Offices[0] with { Name = v }, .. d.Offices.Skip(1)] }),
        ("offices.aliases", (d, v) => d with { Offices = [d.Offices[0] with { Aliases = [v] }, .. d.Offices.Skip(1)] }),
        ("offices.institution", (d, v) => d with { Offices = [d.Offices[0] with { Institution = v }, .. d.Offices.Skip(1)] }),
        ("areas.id", (d, v) => d with { Areas = [d.Areas[0] with { Id = v }, .. d.Areas.Skip(1)] }),
        ("areas.name", (d, v) => d with { Areas = [d.Areas[0] with { Name = v }, .. d.Areas.Skip(1)] }),
        ("subjects.id", (d, v) => d with { Subjects = [d.Subjects[0] with { Id = v }, .. d.Subjects.Skip(1)] }),
        ("subjects.area", (d, v) => d with { Subjects = [d.Subjects[0] with { Area = v }, .. d.Subjects.Skip(1)] }),
        ("subjects.name", (d, v) => d with { Subjects = [d.Subjects[0] with { Name = v }, .. d.Subjects.Skip(1)] }),
        ("subjects.request", (d, v) => d with { Subjects = [d.Subjects[0] with { Request = v }, .. d.Subjects.Skip(1)] }),
        ("requests.office", (d, v) => d with { Requests = [d.Requests[0] with { Office = v }, .. d.Requests.Skip(1)] }),
        ("requests.subject", (d, v) => d with { Requests = [d.Requests[0] with { Subject = v }, .. d.Requests.Skip(1)] }),
        ("requests.source", (d, v) => d with { Requests = [d.Requests[0] with { Source = v }, .. d.Requests.Skip(1)] }),
        ("requests.note", (d, v) => d with { Requests = [d.Requests[0] with { Note = v }, .. d.Requests.Skip(1)] }),
        ("offers.office", (d, v) => d with { Offers = [d.Offers[0] with { Office = v }] }),
        ("offers.subject", (d, v) => d with { Offers = [d.Offers[0] with { Subject = v }] }),
        ("offers.wording", (d, v) => d with { Offers = [d.Offers[0] with { Wording = v }] }),
        ("offers.source", (d, v) => d with { Offers = [d.Offers[0] with { Source = v }] }),
        ("offers.note", (d, v) => d with { Offers = [d.Offers[0] with { Note = v }] }),
        ("networks.id", (d, v) => d with { Networks = [d.Networks[0] with { Id = v }] }),
        ("networks.name", (d, v) => d with { Networks = [d.Networks[0] with { Name = v }] }),
        ("networks.description", (d, v) => d with { Networks = [d.Networks[0] with { Description = v }] }),
        ("networks.members", (d, v) => d with { Networks = [d.Networks[0] with { Members = [v, .. d.Networks[0].Members.Skip(1)] }] }),
        ("initiatives.id", (d, v) => WithInitiative(d, v)),
        ("initiatives.title", (d, v) => WithInitiative(d, "green", x => x with { Title = v })),
        ("initiatives.round", (d, v) => WithInitiative(d, "green", x => x with { Round = v })),
        ("initiatives.requestOffices", (d, v) => WithInitiative(d, "green", x => x with { RequestOffices = [v] })),
        ("initiatives.offerOffices", (d, v) => WithInitiative(d, "green", x => x with { OfferOffices = [v] })),
        ("initiatives.steps.actor", (d, v) => WithInitiative(d, "green", x => x with { Steps = [x.Steps[0] with { Actor = v }] })),
        ("initiatives.steps.note", (d, v) => WithInitiative(d, "green", x => x with { Steps = [x.Steps[0] with { Note = v }] })),
    ];

    /// <summary><paramref name="d"/> with one initiative (Brazil helps Argentina with green patents), changed by <paramref name="change"/>.</summary>
    private static Dataset WithInitiative(Dataset d, string id, Func<Initiative, Initiative>? change = null)
    {
        var initiative = new ProposeInitiative(id, "Green fast track", "green-patents", ["ARG"], ["BRA"], null, DateTimeOffset.UnixEpoch, "tester", "note").ToInitiative();
        return d with { Initiatives = [change is null ? initiative : change(initiative)] };
    }

    /// <summary>A Neo4j that has a dataset header and nothing else, so every read and every write path runs.</summary>
    private static HttpResponseMessage Answer(RecordedRequest request) =>
        request.Path.EndsWith("/tx", StringComparison.Ordinal) ? RecordedQueryApiHandler.TransactionOpened(Guid.NewGuid().ToString())
        : request.Statement?.Contains("d.lock", StringComparison.Ordinal) == true ? RecordedQueryApiHandler.Result(["written", "sequence", "version"], [[true, 3, null]])
        : request.Statement?.Contains("AS formatVersion", StringComparison.Ordinal) == true ? RecordedQueryApiHandler.Result(["formatVersion", "name", "source", "rounds"], [[1, "stored", null, null]])
        : RecordedQueryApiHandler.Result([], []);

    private static IEnumerable<string> ParameterNames(RecordedRequest request) =>
        request.Body!.Value.TryGetProperty("parameters", out var p) && p.ValueKind == JsonValueKind.Object ? p.EnumerateObject().Select(x => x.Name) : [];

    /// <summary>String literals of the Neo4j store's source that begin a Cypher statement but were never sent.</summary>
    private static List<string> UnsentCypher(IReadOnlyList<string> sent)
    {
        var unsent = new List<string>();
        foreach (var file in Directory.GetFiles(RepoPaths.Of("src", "CoopGraph.Storage", "Neo4j"), "*.cs").Where(f => !f.EndsWith("CypherScript.cs", StringComparison.Ordinal)
                // sync's statements are listed in Neo4jSync.Statements and parsed by Neo4jSyncTests.
                && !f.EndsWith("Neo4jSync.cs", StringComparison.Ordinal)))
        {
            foreach (Match literal in StringLiteral().Matches(File.ReadAllText(file)))
            {
                var text = Regex.Unescape(literal.Groups[1].Value);
                if (CypherStart().IsMatch(text) && !sent.Any(s => s.Contains(text, StringComparison.Ordinal)))
                {
                    unsent.Add($"{Path.GetFileName(file)}: {text}");
                }
            }
        }

        return unsent;
    }

    [GeneratedRegex("\"((?:[^\"\\\\\\n]|\\\\.)*)\"")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"'(?:[^'\\]|\\.)*'|\b\d+\b")]
    private static partial Regex CypherLiteral();

    [GeneratedRegex("^(MATCH|MERGE|UNWIND|CREATE|RETURN|CALL|OPTIONAL) ")]
    private static partial Regex CypherStart();
}
