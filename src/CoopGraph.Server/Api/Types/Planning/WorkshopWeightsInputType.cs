using CoopGraph.Planning.Workshops;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Planning;

/// <summary>GraphQL <c>WorkshopWeightsInput</c>: any weight left out keeps its default.</summary>
public sealed class WorkshopWeightsInputType : InputObjectGraphType<WorkshopWeights>
{
    public WorkshopWeightsInputType()
    {
        Name = "WorkshopWeightsInput";
        Description = "Weights of an answered request (0..1000); any left out keeps its default.";
        var d = WorkshopWeights.Default;
        Field<IntGraphType>("base").Description($"Every answered request (default {d.Base}).");
        Field<IntGraphType>("isolatedOffice").Description($"Extra when the requester carries an isolation flag (default {d.IsolatedOffice}).");
        Field<IntGraphType>("unmetSubject").Description($"Extra when the subject's status is UNMET (default {d.UnmetSubject}).");
        Field<IntGraphType>("fragileSubject").Description($"Extra when the subject's status is FRAGILE (default {d.FragileSubject}).");
    }

    /// <inheritdoc />
    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var d = WorkshopWeights.Default;
        return new WorkshopWeights(
            Get(value, "base", d.Base), Get(value, "isolatedOffice", d.IsolatedOffice), Get(value, "unmetSubject", d.UnmetSubject), Get(value, "fragileSubject", d.FragileSubject));
    }

    private static int Get(IDictionary<string, object?> value, string name, int fallback) =>
        value.TryGetValue(name, out var v) && v is int i ? i : fallback;
}
