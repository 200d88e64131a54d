using CoopGraph.Domain;
using GraphQL;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types;

/// <summary>GraphQL <c>Office</c>.</summary>
public sealed class OfficeType : ObjectGraphType<Office>
{
    /// <summary>Defines the fields.</summary>
    public OfficeType()
    {
        Name = "Office";
        Description = "A national intellectual-property office, keyed by its country's ISO 3166-1 alpha-3 code.";
        Field(x => x.Code, type: typeof(NonNullGraphType<IdGraphType>)).Description("ISO 3166-1 alpha-3 code of the office's country, e.g. `BRA`.");
        Field(x => x.Name).Description("English name of the country.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases")
            .Description("Other spellings the sources use.").Resolve(ctx => ctx.Source.Aliases);
        Field(x => x.Institution, nullable: true).Description("The office's institution name, when the source gives one.");
        Field(x => x.Attended).Description("Whether the office's head attended the meeting.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequestType>>>>("requests")
            .Description("What this office needs (its requests), in dataset order.")
            .Resolve(ctx => ctx.Snapshot().RequestsByOffice[ctx.Source.Code]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferType>>>>("offers")
            .Description("What this office can give (its offers), in dataset order.")
            .Resolve(ctx => ctx.Snapshot().OffersByOffice[ctx.Source.Code]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<Initiatives.InitiativeType>>>>("initiatives")
            .Description("The initiatives this office is part of, answering its requests or drawing on its offers (any status), in dataset order.")
            .Resolve(ctx => ctx.Snapshot().Dataset.Initiatives.Where(i => i.RequestOffices.Contains(ctx.Source.Code) || i.OfferOffices.Contains(ctx.Source.Code)));
        Analytics.AnalyticsQueries.AddToOffice(this);
    }
}

/// <summary>GraphQL <c>Subject</c>.</summary>
public sealed class SubjectType : ObjectGraphType<Subject>
{
    /// <summary>Defines the fields.</summary>
    public SubjectType()
    {
        Name = "Subject";
        Description = "A subject on which offices request or offer cooperation.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Stable identifier (kebab-case).");
        Field(x => x.Name).Description("Short display name.");
        Field(x => x.Request, nullable: true).Description("The request text as the source words it.");
        Field(x => x.CrossCutting).Description(CoopGraph.Analytics.Needs.NeedWords.CrossCuttingMeaning);
        Field<NonNullGraphType<AreaType>>("area").Description("The area the subject belongs to.")
            .Resolve(ctx => ctx.Snapshot().Area(ctx.Source.Area));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequestType>>>>("requests")
            .Description("The requests for this subject, with provenance.")
            .Resolve(ctx => ctx.Snapshot().RequestsBySubject[ctx.Source.Id]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfferType>>>>("offers")
            .Description("The offers of this subject, with provenance.")
            .Resolve(ctx => ctx.Snapshot().OffersBySubject[ctx.Source.Id]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("requesters")
            .Description("Offices that request this subject, by code.")
            .Resolve(ctx => Offices(ctx, ctx.Snapshot().RequestsBySubject[ctx.Source.Id].Select(r => r.Office)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offerers")
            .Description("Offices that offer this subject, by code.")
            .Resolve(ctx => Offices(ctx, ctx.Snapshot().OffersBySubject[ctx.Source.Id].Select(o => o.Office)));
        Analytics.AnalyticsQueries.AddToSubject(this);
    }

    private static IEnumerable<Office> Offices(IResolveFieldContext ctx, IEnumerable<string> codes) =>
        codes.Distinct().Order(StringComparer.Ordinal).Select(c => ctx.Snapshot().Office(c)).OfType<Office>();
}
