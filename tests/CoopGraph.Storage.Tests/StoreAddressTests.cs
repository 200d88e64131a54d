namespace CoopGraph.Storage.Tests;

public sealed class StoreAddressTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [Fact]
    public void Parse_SqlitePath_GivesSqliteOptions()
    {
        var (options, error) = StoreAddress.Parse("sqlite:data/x.db", NoEnvironment);

        error.ShouldBeNull();
        options.ShouldNotBeNull().Provider.ShouldBe(StorageProvider.Sqlite);
        options.Sqlite.Path.ShouldBe("data/x.db");
    }

    [Fact]
    public void Parse_Neo4jUriWithCredentialsAndDatabase_SplitsThem()
    {
        var (options, error) = StoreAddress.Parse("neo4j:https://alice:p%40ss@graph.example:7473/coop", NoEnvironment);

        error.ShouldBeNull();
        var neo4j = options.ShouldNotBeNull().Neo4j;
        options.Provider.ShouldBe(StorageProvider.Neo4j);
        (neo4j.Uri, neo4j.User, neo4j.Password, neo4j.Database).ShouldBe(("https://graph.example:7473", "alice", "p@ss", "coop"));
    }

    [Fact]
    public void Parse_Neo4jUriWithoutCredentials_TakesThemFromTheEnvironment()
    {
        var env = new Dictionary<string, string> { ["COOPGRAPH_NEO4J_USER"] = "bob", ["COOPGRAPH_NEO4J_PASSWORD"] = "pw" };

        var (options, _) = StoreAddress.Parse("neo4j:http://localhost:7474", n => env.GetValueOrDefault(n));

        var neo4j = options.ShouldNotBeNull().Neo4j;
        (neo4j.Uri, neo4j.User, neo4j.Password, neo4j.Database).ShouldBe(("http://localhost:7474", "bob", "pw", "neo4j"));
    }

    [Theory]
    [InlineData("coopgraph.db", "neither sqlite:PATH nor neo4j:URI")]
    [InlineData("postgres:x", "neither sqlite:PATH nor neo4j:URI")]
    [InlineData("sqlite:", "give the database file")]
    [InlineData("neo4j:bolt://localhost:7687", "must be an http:// or https:// address")]
    [InlineData("neo4j:", "Storage:Neo4j:Uri is not set")]
    public void Parse_Unusable_SaysWhy(string address, string reason)
    {
        var (options, error) = StoreAddress.Parse(address, NoEnvironment);

        options.ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public void Parse_UnusableWithPassword_DoesNotEchoThePassword()
    {
        var (_, error) = StoreAddress.Parse("neo4j:ftp://alice:hunter2@localhost/", NoEnvironment);

        error.ShouldNotBeNull().ShouldContain("alice:***@localhost");
        error.ShouldNotContain("hunter2");
    }
}
