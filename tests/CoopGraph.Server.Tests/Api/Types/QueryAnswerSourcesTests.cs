using CoopGraph.Server.Api.Types;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace CoopGraph.Server.Tests.Api.Types;

/// <summary>
/// Every Query field says what its answer depends on (<see cref="QueryAnswerSources"/>), so a field that reads the
/// clock, the store or a time-limited solver cannot be kept as if it read only the snapshot by forgetting to say so.
/// </summary>
public sealed class QueryAnswerSourcesTests(ReadOnlyServer fixture) : IClassFixture<ReadOnlyServer>
{
    [Fact]
    public void QueryFields_EveryField_IsDeclaredSnapshotOnlyOrVolatileOnce()
    {
        var schema = fixture.Server.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var fields = schema.Query.Fields.Select(f => f.Name).ToList();
        var snapshotOnly = QueryAnswerSources.SnapshotOnly.ToHashSet(StringComparer.Ordinal);
        var volatileFields = QueryAnswerSources.Volatile.Keys.ToHashSet(StringComparer.Ordinal);

        fields.Where(f => !snapshotOnly.Contains(f) && !volatileFields.Contains(f)).ShouldBeEmpty(
            "Query fields not declared in QueryAnswerSources: add each to SnapshotOnly if its answer depends only on the snapshot " +
            "and its arguments, or to Volatile (with what else it reads) so its answers are never kept");
        snapshotOnly.Intersect(volatileFields).ShouldBeEmpty("declared both snapshot-only and volatile");
        snapshotOnly.Union(volatileFields).Except(fields).ShouldBeEmpty("declared in QueryAnswerSources but not a Query field");
        QueryAnswerSources.SnapshotOnly.Length.ShouldBe(snapshotOnly.Count, "a field is listed twice");
    }
}
