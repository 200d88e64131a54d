using CoopGraph.Domain;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>Area</c>.</summary>
public sealed class AreaType : ObjectGraphType<Area>
{
    /// <summary>Defines the fields.</summary>
    public AreaType()
    {
        Name = "Area";
        Description = "A thematic area grouping subjects (one table per area in the Lima report).";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Stable identifier, e.g. `infrastructure`.");
        Field(x => x.Name).Description("Display name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("subjects")
            .Description("The subjects of this area, in dataset order.")
            .Resolve(ctx => ctx.Snapshot().SubjectsByArea[ctx.Source.Id]);
    }
}

/// <summary>GraphQL <c>Confidence</c>.</summary>
public sealed class ConfidenceType : EnumerationGraphType<Confidence>
{
    /// <summary>Defines the values.</summary>
    public ConfidenceType()
    {
        Name = "Confidence";
        Description = "How surely the source supports the direction (who asks, who offers) of a request or offer.";
        this.Describe("HIGH", "A sentence of the report's narrative confirms who asks or who offers, or the offer's wording names the offering office.");
        this.Describe("MEDIUM", "Who asks and who offers follows only from where the country list sits in the report's table.");
        this.Describe("LOW", "A judgement call: a scrambled table or an inference from the narrative. Hypothetical offers of `whatIf` count as LOW too.");
    }
}

/// <summary>GraphQL <c>Request</c>.</summary>
public sealed class RequestType : ObjectGraphType<Request>
{
    /// <summary>Defines the fields.</summary>
    public RequestType()
    {
        Name = "Request";
        Description = "An office's need for cooperation on a subject, with its provenance.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The requesting office.")
            .Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Office));
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject requested.")
            .Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Subject));
        Field(x => x.Source).Description("Where it comes from, e.g. `management#2` (area table, row).");
        Field<NonNullGraphType<ConfidenceType>>("confidence").Description("How surely the source supports it.").Resolve(ctx => ctx.Source.Confidence);
        Field(x => x.Note, nullable: true).Description("Why a reader should look twice, when there is a reason.");
        Field<NonNullGraphType<StringGraphType>>("statement")
            .Description("This request in words with its source row and confidence, e.g. `Honduras requests Green patents (…, medium confidence)`: the provenance of an office → subject edge.")
            .Resolve(ctx => CoopGraph.Analytics.Paths.SupportLinks.Statement(ctx.Snapshot().Dataset, ctx.Source));
        Field<NonNullGraphType<Analytics.RequestStandingType>>("standing")
            .Description("This request's own status and helpers (from the offices other than the requester), not the subject's worst status over all requesters.")
            .Resolve(ctx => CoopGraph.Analytics.Needs.RequestStandings.Of(ctx.Snapshot().Analysis, ctx.Source.Office, ctx.Source.Subject));
    }
}

/// <summary>GraphQL <c>Offer</c>.</summary>
public sealed class OfferType : ObjectGraphType<Offer>
{
    /// <summary>Defines the fields.</summary>
    public OfferType()
    {
        Name = "Offer";
        Description = "An office's capacity to help others on a subject, with its provenance.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The offering office.")
            .Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Office));
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject offered.")
            .Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Subject));
        Field(x => x.Wording, nullable: true).Description("The source's wording of the offer, where it adds something.");
        Field(x => x.Source).Description("Where it comes from, e.g. `management#2` (area table, row).");
        Field<NonNullGraphType<ConfidenceType>>("confidence").Description("How surely the source supports it.").Resolve(ctx => ctx.Source.Confidence);
        Field(x => x.Note, nullable: true).Description("Why a reader should look twice, when there is a reason.");
        Field<NonNullGraphType<StringGraphType>>("statement")
            .Description("This offer in words (its wording when it has one) with its source row and confidence, e.g. `Brazil offers “…” (…, high confidence)`: the provenance of an office → subject edge.")
            .Resolve(ctx => CoopGraph.Analytics.Paths.SupportLinks.Statement(ctx.Snapshot().Dataset, ctx.Source));
    }
}

/// <summary>GraphQL <c>Network</c>.</summary>
public sealed class NetworkType : ObjectGraphType<Network>
{
    /// <summary>Defines the fields.</summary>
    public NetworkType()
    {
        Name = "Network";
        Description = "A standing network of offices named by the source.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Stable identifier.");
        Field(x => x.Name).Description("Display name.");
        Field(x => x.Description, nullable: true).Description("What the network does.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("members")
            .Description("Member offices, where the source names them.")
            .Resolve(ctx => ctx.Source.Members.Select(code => ctx.Snapshot().Office(code)).OfType<Office>());
    }
}

/// <summary>GraphQL <c>Dataset</c>: what the service is serving.</summary>
public sealed class DatasetInfoType : ObjectGraphType<Dataset>
{
    /// <summary>Defines the fields.</summary>
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
