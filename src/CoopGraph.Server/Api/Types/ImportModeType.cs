using CoopGraph.Domain.Changes;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>ImportMode</c>.</summary>
public sealed class ImportModeType : EnumerationGraphType<ImportMode>
{
    /// <summary>Names the type.</summary>
    public ImportModeType()
    {
        Name = "ImportMode";
        Description = "How an imported dataset combines with the current one.";
        this.Describe("MERGE", "Upsert into the current dataset: each imported office, area, subject, request, offer and network replaces the one with the same key (code; id; office and subject) or is added. Nothing is removed.");
        this.Describe("REPLACE", "The imported dataset becomes the whole dataset: whatever it does not contain is removed.");
    }
}
