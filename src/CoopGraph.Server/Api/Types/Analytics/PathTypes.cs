using CoopGraph.Analytics.Paths;
using GraphQL.Types;

namespace CoopGraph.Server.Api.Types.Analytics;

/// <summary>GraphQL <c>HopSubject</c>.</summary>
public sealed class HopSubjectType : ObjectGraphType<HopSubject>
{
    /// <summary>Defines the fields.</summary>
    public HopSubjectType()
    {
        Name = "HopSubject";
        Description = "A subject that justifies a hop, with the request and the offer behind it.";
        Field<NonNullGraphType<SubjectType>>("subject").Description("The subject.").Resolve(ctx => ctx.Snapshot().Subject(ctx.Source.Subject));
        Field<NonNullGraphType<RequestType>>("request").Description("The helped office's request, with provenance.").Resolve(ctx => ctx.Source.Request);
        Field<NonNullGraphType<OfferType>>("offer").Description("The helping office's offer, with provenance.").Resolve(ctx => ctx.Source.Offer);
        Field<NonNullGraphType<StringGraphType>>("justification")
            .Description("Why the helping office can help, in words: the offer's wording and the request's subject, each with its source row and confidence.")
            .Resolve(ctx => SupportLinks.Justification(ctx.Snapshot().Dataset, ctx.Source));
    }
}

/// <summary>GraphQL <c>PathHop</c>.</summary>
public sealed class PathHopType : ObjectGraphType<PathHop>
{
    /// <summary>Defines the fields.</summary>
    public PathHopType()
    {
        Name = "PathHop";
        Description = "One step of a chain of support: `from` can help `to`.";
        Field<NonNullGraphType<OfficeType>>("from").Description("The helping office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.From));
        Field<NonNullGraphType<OfficeType>>("to").Description("The helped office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.To));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HopSubjectType>>>>("subjects").Description("The subjects justifying the hop.").Resolve(ctx => ctx.Source.Subjects);
    }
}

/// <summary>GraphQL <c>SupportPath</c>.</summary>
public sealed class SupportPathType : ObjectGraphType<SupportPath>
{
    /// <summary>Defines the fields.</summary>
    public SupportPathType()
    {
        Name = "SupportPath";
        Description = "A loopless chain of support from one office to another.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OfficeType>>>>("offices").Description("The offices along the path, from first to last.")
            .Resolve(ctx => ctx.Source.Offices.Select(c => ctx.Snapshot().Office(c)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathHopType>>>>("hops").Description("The hops, in order.").Resolve(ctx => ctx.Source.Hops);
        Field(x => x.Cost).Description("Hop count, or with `weighted` the sum of 1/weight over the hops.");
    }
}

/// <summary>GraphQL <c>PathsResult</c>.</summary>
public sealed class PathsResultType : ObjectGraphType<PathsResult>
{
    /// <summary>Defines the fields.</summary>
    public PathsResultType()
    {
        Name = "PathsResult";
        Description = "The shortest chains of support between two offices, with the evidence of each hop.";
        Field<NonNullGraphType<OfficeType>>("from").Description("The office the chains start from (the helper).").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.From));
        Field<NonNullGraphType<OfficeType>>("to").Description("The office the chains reach (the helped).").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.To));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportPathType>>>>("paths").Description("The paths, shortest first (Yen's k shortest loopless paths).").Resolve(ctx => ctx.Source.Paths);
        Field(x => x.NoPathReason, nullable: true).Description("Why there is no path, when there is none.");
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("Algorithm, parameters, dataset version and the edges used.").Resolve(ctx => ctx.Source.Evidence);
    }
}

/// <summary>GraphQL <c>BilateralPartner</c>.</summary>
public sealed class BilateralPartnerType : ObjectGraphType<BilateralPartner>
{
    /// <summary>Defines the fields.</summary>
    public BilateralPartnerType()
    {
        Name = "BilateralPartner";
        Description = "A partner of the office, with the subjects each way.";
        Field<NonNullGraphType<OfficeType>>("partner").Description("The partner office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Partner));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("officeHelpsPartner").Description("Subjects the office offers and the partner requests.")
            .Resolve(ctx => ctx.Source.OfficeHelpsPartner.Select(s => ctx.Snapshot().Subject(s)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("partnerHelpsOffice").Description("Subjects the partner offers and the office requests.")
            .Resolve(ctx => ctx.Source.PartnerHelpsOffice.Select(s => ctx.Snapshot().Subject(s)!));
        Field<NonNullGraphType<BooleanGraphType>>("reciprocal").Description("Whether help goes both ways.").Resolve(ctx => ctx.Source.Reciprocal);
    }
}

/// <summary>GraphQL <c>BilateralResult</c>.</summary>
public sealed class BilateralResultType : ObjectGraphType<BilateralResult>
{
    /// <summary>Defines the fields.</summary>
    public BilateralResultType()
    {
        Name = "BilateralResult";
        Description = "One office's bilateral opportunities: every partner and the subjects each way.";
        Field<NonNullGraphType<OfficeType>>("office").Description("The office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.Office));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BilateralPartnerType>>>>("partners").Description("Its partners, by code.").Resolve(ctx => ctx.Source.Partners);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("Definitions, dataset version and edges.").Resolve(ctx => ctx.Source.Evidence);
    }
}

/// <summary>GraphQL <c>ReciprocalPair</c>.</summary>
public sealed class ReciprocalPairType : ObjectGraphType<ReciprocalPair>
{
    /// <summary>Defines the fields.</summary>
    public ReciprocalPairType()
    {
        Name = "ReciprocalPair";
        Description = "Two offices that can each help the other.";
        Field<NonNullGraphType<OfficeType>>("a").Description("One office (the first by code).").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.A));
        Field<NonNullGraphType<OfficeType>>("b").Description("The other office.").Resolve(ctx => ctx.Snapshot().Office(ctx.Source.B));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("aHelpsB").Description("Subjects a offers and b requests.")
            .Resolve(ctx => ctx.Source.AHelpsB.Select(s => ctx.Snapshot().Subject(s)!));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SubjectType>>>>("bHelpsA").Description("Subjects b offers and a requests.")
            .Resolve(ctx => ctx.Source.BHelpsA.Select(s => ctx.Snapshot().Subject(s)!));
    }
}

/// <summary>GraphQL <c>ReciprocalPairs</c>.</summary>
public sealed class ReciprocalPairsType : ObjectGraphType<ReciprocalPairsResult>
{
    /// <summary>Defines the fields.</summary>
    public ReciprocalPairsType()
    {
        Name = "ReciprocalPairs";
        Description = "Every pair of offices that can each help the other.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReciprocalPairType>>>>("pairs").Description("The pairs, by codes.").Resolve(ctx => ctx.Source.Pairs);
        Field<NonNullGraphType<EvidenceType>>("evidence").Description("Definitions, dataset version and edges.").Resolve(ctx => ctx.Source.Evidence);
    }
}
