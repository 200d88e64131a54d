namespace CoopGraph.Server.Tests.Cli;

public sealed class SyncCommandTests
{
    [Fact]
    public void Sync_SqliteStore_RefusedNamingTheOtherVerb()
    {
        var run = CliRun.Of("sync", "--store", "sqlite:/tmp/coopgraph-sync-test.db");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("sync writes to Neo4j");
        run.Error.ShouldContain("coopgraph import");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Sync_BatchSizeBelowOne_RefusedNamingTheOption(string size)
    {
        var run = CliRun.Of("sync", "--store", "neo4j:http://localhost:7474", "--batch-size", size);

        run.ExitCode.ShouldNotBe(0);
        run.Error.ShouldContain("--batch-size must be at least 1");
    }

    [Fact]
    public void Sync_UnreachableNeo4j_OneLineErrorNamingTheServer()
    {
        var run = CliRun.Of("sync", "--store", "neo4j:http://127.0.0.1:9/", "--batch-size", "10");

        run.ExitCode.ShouldBe(1);
        run.Error.ShouldContain("127.0.0.1:9");
    }
}
