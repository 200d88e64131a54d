using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>DatasetFormat</c>.</summary>
public sealed class DatasetFormatType : EnumerationGraphType<DatasetFormat>
{
    /// <summary>Names the type.</summary>
    public DatasetFormatType()
    {
        Name = "DatasetFormat";
        Description = "A dataset text format.";
        this.Describe("JSON", "A whole dataset in the canonical JSON format (data/coopgraph.schema.json, as data/lima-2022.json): offices, areas, subjects, requests, offers and networks.");
        this.Describe("CSV", "Requests and offers, one per row, with a header naming at least `office,subject,role` (role `request` or `offer`; optional `area,source,confidence,note,wording`). Read against the current dataset, which supplies offices, areas, subjects and networks (unknown ones are errors unless `allowNew`): with MERGE the rows are added to the current requests and offers, with REPLACE they become all of them.");
    }
}
