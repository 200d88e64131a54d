using CoopGraph.Tests.Shared;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Server.Tests;

public sealed class SchemaTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    private ISchema Schema
    {
        get
        {
            var schema = fixture.Server.Services.GetRequiredService<ISchema>();
            schema.Initialize();
            return schema;
        }
    }

    /// <summary>The SDL as committed at the repository root (set COOPGRAPH_UPDATE_SCHEMA=1 to rewrite it).</summary>
    [Fact]
    public void Print_CommittedSchemaGraphql_IsCurrent()
    {
        var printed = Schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var path = RepoPaths.Of("schema.graphql");
        if (Environment.GetEnvironmentVariable("COOPGRAPH_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
        }

        File.Exists(path).ShouldBeTrue("schema.graphql is missing: run the tests once with COOPGRAPH_UPDATE_SCHEMA=1");
        File.ReadAllText(path).ReplaceLineEndings("\n").ShouldBe(printed, "schema.graphql is stale: run the tests with COOPGRAPH_UPDATE_SCHEMA=1 and commit it");
    }

    [Fact]
    public void Schema_EveryFieldAndArgument_HasADescription()
    {
        var missing = new List<string>();
        foreach (var type in Schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !(t is ScalarGraphType)))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description))
                    {
                        missing.Add($"{type.Name}.{field.Name}");
                    }

                    foreach (var argument in field.Arguments ?? [])
                    {
                        if (string.IsNullOrWhiteSpace(argument.Description))
                        {
                            missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                        }
                    }
                }
            }
        }

        missing.ShouldBeEmpty();
    }
}
