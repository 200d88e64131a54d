using CoopGraph.Tests.Shared;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Server.Tests.Api.Types;

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

    /// <summary>
    /// The SDL as committed at the repository root, printed by graphql-js (the printer GraphQL tooling uses) from the SDL
    /// GraphQL.NET prints; IntrospectionTests checks that the standard introspection answer prints the same file. Set
    /// COOPGRAPH_UPDATE_SCHEMA=1 to rewrite it.
    /// </summary>
    [Fact]
    public async Task Print_CommittedSchemaGraphql_IsCurrent()
    {
        Assert.SkipWhen(NodeScript.Missing is not null, NodeScript.Missing ?? "");
        var sdl = Schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true });
        var printed = (await NodeScript.RunAsync("introspect.mjs", ["sdl"], sdl)).ReplaceLineEndings("\n");
        var path = RepoPaths.Of("schema.graphql");
        if (Environment.GetEnvironmentVariable("COOPGRAPH_UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(path, printed, TestContext.Current.CancellationToken);
        }

        File.Exists(path).ShouldBeTrue("schema.graphql is missing: run the tests once with COOPGRAPH_UPDATE_SCHEMA=1");
        (await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n")
            .ShouldBe(printed, "schema.graphql is stale: run the tests with COOPGRAPH_UPDATE_SCHEMA=1 and commit it");
    }

    [Fact]
    public void Schema_EveryTypeFieldArgumentAndEnumValue_HasADescription() => Undescribed(Schema).ShouldBeEmpty();

    [Fact]
    public void Undescribed_EnumValueOrTypeWithoutDescription_IsReported()
    {
        var colour = new EnumerationGraphType { Name = "Colour", Description = "A colour." };
        colour.Add("RED", "red", "The colour red.");
        colour.Add("BLUE", "blue");
        var shape = new ObjectGraphType { Name = "Shape" };
        shape.Field<StringGraphType>("name").Description("Its name.").Resolve(_ => "square");
        var query = new ObjectGraphType { Name = "Query", Description = "Root." };
        query.Field("colour", colour).Description("A colour.").Resolve(_ => "red");
        query.Field("shape", shape).Description("A shape.").Resolve(_ => new object());
        using var schema = new Schema { Query = query };
        schema.Initialize();

        Undescribed(schema).ShouldBe(["Colour.BLUE", "Shape"], ignoreOrder: true);
    }

    /// <summary>Every type, field, argument and enum value of <paramref name="schema"/> without a description.</summary>
    private static List<string> Undescribed(ISchema schema)
    {
        var missing = new List<string>();
        // Enumerations derive from ScalarGraphType: only the built-in scalars are left out.
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType or EnumerationGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description))
            {
                missing.Add(type.Name);
            }

            if (type is EnumerationGraphType enumeration)
            {
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
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

        return missing;
    }
}
