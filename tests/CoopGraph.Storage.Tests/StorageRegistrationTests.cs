using CoopGraph.Storage.Neo4j;
using CoopGraph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopGraph.Storage.Tests;

public sealed class StorageRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings) => new ServiceCollection()
        .AddCoopGraphStorage(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), () => TestData.Small())
        .BuildServiceProvider();

    [Fact]
    public void AddCoopGraphStorage_NoSettings_RegistersSqliteOnCoopgraphDb()
    {
        using var services = Build([]);

        var store = services.GetRequiredService<IGraphStore>();

        store.ShouldBeOfType<SqliteGraphStore>().Description.ShouldBe("sqlite:coopgraph.db");
    }

    [Fact]
    public void AddCoopGraphStorage_Neo4jWithUri_RegistersNeo4jStore()
    {
        using var services = Build(new() { ["Storage:Provider"] = "Neo4j", ["Storage:Neo4j:Uri"] = "http://graph:7474", ["Storage:Neo4j:Password"] = "pw" });

        services.GetRequiredService<IGraphStore>().ShouldBeOfType<Neo4jGraphStore>().Description.ShouldBe("neo4j:http://graph:7474");
    }

    [Fact]
    public void AddCoopGraphStorage_Neo4jWithBoltUri_FailsAtStartNamingTheSetting()
    {
        using var services = Build(new() { ["Storage:Provider"] = "Neo4j", ["Storage:Neo4j:Uri"] = "bolt://graph:7687" });

        var ex = Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        ex.Message.ShouldContain("Storage:Neo4j:Uri 'bolt://graph:7687' must be an http:// or https:// address");
    }

    [Fact]
    public void AddCoopGraphStorage_EmptySqlitePath_FailsAtStart()
    {
        using var services = Build(new() { ["Storage:Sqlite:Path"] = " " });

        Should.Throw<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate())
            .Message.ShouldContain("Storage:Sqlite:Path is empty");
    }

    [Fact]
    public void ApplyEnvironmentFallback_UnsetSettings_TakesEnvironmentValues()
    {
        var env = new Dictionary<string, string> { ["COOPGRAPH_NEO4J_URI"] = "http://env:7474", ["COOPGRAPH_NEO4J_PASSWORD"] = "pw" };
        var options = new Neo4jStorageOptions();

        options.ApplyEnvironmentFallback(n => env.GetValueOrDefault(n));

        (options.Uri, options.User, options.Password).ShouldBe(("http://env:7474", "neo4j", "pw"));
    }
}
