using System.Text.Json;
using CoopGraph.Analytics.Reporting;
using CoopGraph.Domain;
using CoopGraph.Domain.Formats;
using CoopGraph.Tests.Shared;

namespace CoopGraph.Analytics.Tests;

public class SnapshotTests
{
    [Fact]
    public void Centrality_CalledConcurrently_ComputedOnce()
    {
        var analysis = NetworkAnalysis.Of(Networks.Sample());
        var results = new object[8];
        Parallel.For(0, results.Length, i => results[i] = analysis.Centrality());
        results.ShouldAllBe(r => ReferenceEquals(r, results[0]));
        analysis.Isolation().ShouldBeSameAs(analysis.Isolation());
    }

    [Fact]
    public void NetworkSnapshot_Fields_HoldOnlyTheDatasetIndexesAndGraphs()
    {
        // The snapshot is an index the kernels read; results live in NetworkAnalysis (no analyzer <-> snapshot cycle).
        var fields = typeof(NetworkSnapshot).GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Public);

        fields.ShouldNotBeEmpty();
        fields.SelectMany(f => TypesIn(f.FieldType).Select(t => (Field: f.Name, Type: t)))
            .Where(p => !IsIndexOrGraph(p.Type))
            .Select(p => $"{p.Field}: {p.Type.FullName}")
            .ShouldBeEmpty();
    }

    [Fact]
    public void SupportGraph_SelfOffer_AddsNoLoop()
    {
        var snapshot = NetworkSnapshot.Build(Networks.Make("AAA BBB", "AAA:s1 BBB:s1", "AAA:s1"));
        snapshot.SupportEdges.ShouldBe([new SupportEdge("AAA", "BBB", 1, ["s1"])], ignoreOrder: false, comparer: new EdgeComparer());
    }

    [Fact]
    public void Report_Json_HasEveryContractSection()
    {
        var dataset = DatasetJson.Load(RepoPaths.Of("tests", "reference", "fixtures", "components.dataset.json")).Dataset.ShouldNotBeNull();
        var json = ReportJson.Serialize(NetworkAnalysis.Of(dataset).Report(new ReportOptions(RemoveOffices: ["C00"])));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        foreach (var section in new[] { "offices", "subjects", "reciprocalPairs", "matchPlan", "evidence", "areas", "components", "articulationPoints", "bridges", "whatIf" })
        {
            root.TryGetProperty(section, out _).ShouldBeTrue(section);
        }

        var office = root.GetProperty("offices")[0];
        foreach (var field in new[] { "code", "inDegree", "outDegree", "inStrength", "outStrength", "betweenness", "closeness", "harmonic", "pageRank", "hub", "authority", "isolation" })
        {
            office.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        root.GetProperty("offices").EnumerateArray().ShouldNotContain(o => o.GetProperty("code").GetString() == "C00");
        root.GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("status").GetString()).ShouldContain("UNMET");
        root.GetProperty("evidence").GetProperty("datasetVersion").GetString().ShouldBe(root.GetProperty("datasetVersion").GetString());
    }

    private static IEnumerable<Type> TypesIn(Type type) =>
        type.IsArray ? TypesIn(type.GetElementType()!)
            : type.IsGenericType ? [type.GetGenericTypeDefinition(), .. type.GetGenericArguments().SelectMany(TypesIn)]
            : [type];

    private static bool IsIndexOrGraph(Type type) =>
        type.Namespace is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns == "CoopGraph.Domain" || ns == "CoopGraph.Analytics.Graph");

    private sealed class EdgeComparer : IEqualityComparer<SupportEdge>
    {
        public bool Equals(SupportEdge? x, SupportEdge? y) =>
            x is not null && y is not null && (x.From, x.To, x.Weight) == (y.From, y.To, y.Weight) && x.Subjects.SequenceEqual(y.Subjects);

        public int GetHashCode(SupportEdge obj) => HashCode.Combine(obj.From, obj.To);
    }
}
