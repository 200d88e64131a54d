using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>Dataset</c>: what the service is serving.</summary>
public sealed class DatasetInfoType : ObjectGraphType<Dataset>
{
    public DatasetInfoType()
    {
        Name = "Dataset";
        Description = "The dataset being served: its name, version and size.";
        Field(x => x.Name).Description("Short name, e.g. `lima-2022`.");
        Field<NonNullGraphType<StringGraphType>>("version").Description("Content hash of the dataset; every analytic answer names it.").Resolve(ctx => ctx.Source.Version);
        Field(x => x.Source, nullable: true).Description("Citation of where the data comes from.");
        Field<NonNullGraphType<IntGraphType>>("formatVersion").Description("Version of the canonical JSON format.").Resolve(ctx => ctx.Source.FormatVersion);
        Field<NonNullGraphType<IntGraphType>>("officeCount").Description("Number of offices.").Resolve(ctx => ctx.Source.Offices.Count);
        Field<NonNullGraphType<IntGraphType>>("areaCount").Description("Number of areas.").Resolve(ctx => ctx.Source.Areas.Count);
        Field<NonNullGraphType<IntGraphType>>("subjectCount").Description("Number of subjects.").Resolve(ctx => ctx.Source.Subjects.Count);
        Field<NonNullGraphType<IntGraphType>>("requestCount").Description("Number of requests (needs).").Resolve(ctx => ctx.Source.Requests.Count);
        Field<NonNullGraphType<IntGraphType>>("offerCount").Description("Number of offers (capacities).").Resolve(ctx => ctx.Source.Offers.Count);
        Field<NonNullGraphType<IntGraphType>>("networkCount").Description("Number of named networks.").Resolve(ctx => ctx.Source.Networks.Count);
    }
}
